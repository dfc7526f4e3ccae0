import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MatchableMention } from "../src/model/family.ts";
import { generateNoisyMentionCorpus } from "./generate-noisy-mention-corpus.ts";

export interface WriteNoisyArticlesOptions {
  articles: number;
  seed: number;
}

export interface NoisyArticles {
  /** file names, relative to the folder, in article order */
  files: string[];
  bytes: number;
  mentions: number;
}

const PLACES = ["WASHINGTON", "LONDON", "MOSCOW", "BEIJING", "MADRID", "ANKARA", "TEHRAN", "BRUSSELS"];
const WIRES = ["Reuters", "AP", "AFP", "EFE"];
/**
 * Narrative sentences: the reporter's own voice, attributing nothing, so every claim extraction
 * finds in an article is one of the generator's quotes (whose noise is the generator's, measured
 * on BASIL). Real news attributes claims about its own story; a sentence attributed to "people
 * familiar with the talks" or to "critics" printed word for word in every article of a year is
 * not news but a generator's boilerplate: these were ("Officials met on Tuesday to discuss the
 * matter, according to people familiar with the talks.", "Critics said the plan would cost more
 * than expected ..."), and extraction read each as a claim, one family of thousands of identical
 * claims that every incremental match touching it loaded whole. Unattributed boilerplate ("did
 * not respond to a request for comment") is real and extracted as nothing. The weekday is the page's.
 */
const NARRATIVE: readonly ((day: string) => string)[] = [
  (day) => `Officials met on ${day} to discuss the matter behind closed doors.`,
  () => "The statement came after weeks of negotiations that ended without an agreement.",
  () => "The cost of the plan has risen since it was first announced in the spring.",
  (day) => `The office did not respond to a request for comment on ${day}.`,
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Writes `.txt` articles of news's shape (a ` date` line, a dateline with a wire, narrative
 * paragraphs, quotes attributed with a cue) from the noisy mention corpus of the matching
 * benchmark (bench/generate-noisy-mention-corpus.ts: stories reported by several outlets, variants,
 * fragments, headlines, distractors, speaker noise), with a manifest.json giving each article's
 * outlet. The first `articles` articles of the corpus, so stories stay whole. Seeded.
 */
export function writeNoisyArticles(dir: string, options: WriteNoisyArticlesOptions): NoisyArticles {
  mkdirSync(dir, { recursive: true });
  // about 3.7 mentions per article in the generator; ask for enough and cut at `articles`
  const corpus = generateNoisyMentionCorpus({ size: Math.ceil(options.articles * 4.2) + 50, seed: options.seed });
  const byArticle = new Map<string, MatchableMention[]>();
  for (const m of corpus.mentions) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  const ids = [...byArticle.keys()].sort().slice(0, options.articles);
  const manifest: Record<string, { outlet: string; publishedAt?: string }> = {};
  const files: string[] = [];
  let bytes = 0;
  let mentions = 0;
  for (const [n, id] of ids.entries()) {
    const quotes = byArticle.get(id)!.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const first = quotes[0]!;
    const date = new Date(`${first.pageDate ?? first.date ?? "2023-01-01"}T00:00:00Z`);
    const day = WEEKDAYS[Number.isNaN(date.getTime()) ? 0 : date.getUTCDay()] ?? "Monday";
    const narrative = (k: number): string => NARRATIVE[k % NARRATIVE.length]!(day);
    const paragraphs = [`${PLACES[n % PLACES.length]} (${WIRES[n % WIRES.length]}) - ${narrative(n)}`];
    for (const [i, q] of quotes.entries()) {
      paragraphs.push(renderQuote(q));
      if (i % 2 === 1) paragraphs.push(narrative(n + i));
    }
    mentions += quotes.length;
    const file = `${id}.txt`;
    const text = ` date ${first.pageDate ?? first.date ?? "2023-01-01"} ${first.outlet ?? "Example News"}\n\n${paragraphs.join("\n\n")}\n`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    manifest[file] = { outlet: first.outlet ?? "Example News", ...(first.pageDate ? { publishedAt: first.pageDate } : {}) };
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  return { files, bytes, mentions };
}

/** One quote as a reporter writes it: a cue after a direct quote, a fragment inside a sentence, reported speech. */
function renderQuote(q: MatchableMention): string {
  const text = q.text.replace(/[\s.,;:]+$/, "");
  const who = q.speaker ?? "an official";
  if (q.kind === "indirect") return `${capitalise(who)} said that ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
  if (q.kind === "partial") return `${capitalise(who)} described the plan as “${text}” in remarks to reporters.`;
  return `“${text},” ${who} said.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
