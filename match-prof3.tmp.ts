import { generateMentionCorpus } from "./bench/generate-mention-corpus.ts";
import { matchMentions } from "./src/match/match-mentions.ts";
const c = generateMentionCorpus({ size: 20000, seed: 42 });
matchMentions(c.mentions.slice(0, 3000));
const t = performance.now();
matchMentions(c.mentions);
console.log("matchMentions", performance.now() - t);
