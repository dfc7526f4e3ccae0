/**
 * The worker thread of matchMentionsInParallel: builds the families of each batch of groups it is
 * sent (buildFamily, default options but `minContainedWords`) and posts them back with the batch
 * number. No public function: this file is a thread's entry point.
 */
import { parentPort } from "node:worker_threads";
import type { MatchableMention, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { resolveMatchOptions } from "./resolve-match-options.ts";
import type { MatchWords } from "./to-match-words.ts";

interface Batch {
  batch: number;
  minContainedWords: number;
  groups: MatchableMention[][];
  /** the match words of the groups' members, in member order */
  words: MatchWords[];
}

const port = parentPort;
if (port !== null) {
  port.on("message", (message: Batch) => {
    const options = resolveMatchOptions({ minContainedWords: message.minContainedWords });
    const words = new Map<string, MatchWords>();
    let k = 0;
    for (const group of message.groups) for (const m of group) {
      const w = message.words[k++];
      if (w !== undefined) words.set(m.id, w);
    }
    const families: QuoteFamily[] = message.groups.map((members) => buildFamily(members, options, words));
    port.postMessage({ batch: message.batch, families });
  });
}
