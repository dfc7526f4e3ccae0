/**
 * The worker thread of matchMentionsInParallel. Two kinds of batch: `words`, the match words of
 * texts (toMatchWords); `families`, the families of groups of mentions (buildFamily, default
 * options but `minContainedWords`). Each result is posted back with its batch number. No public
 * function: this file is a thread's entry point.
 */
import { parentPort } from "node:worker_threads";
import type { MatchableMention, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "../match/build-family.ts";
import { resolveMatchOptions } from "../match/resolve-match-options.ts";
import { toMatchWords, type MatchWords } from "../match/to-match-words.ts";

type Batch =
  | { kind: "words"; batch: number; texts: string[] }
  | {
    kind: "families";
    batch: number;
    minContainedWords: number;
    groups: MatchableMention[][];
    /** the match words of the groups' members, in member order */
    words: MatchWords[];
  };

const port = parentPort;
if (port !== null) {
  port.on("message", (message: Batch) => {
    if (message.kind === "words") {
      port.postMessage({ batch: message.batch, result: message.texts.map(toMatchWords) });
      return;
    }
    const options = resolveMatchOptions({ minContainedWords: message.minContainedWords });
    const words = new Map<string, MatchWords>();
    let k = 0;
    for (const group of message.groups) for (const m of group) {
      const w = message.words[k++];
      if (w !== undefined) words.set(m.id, w);
    }
    const families: QuoteFamily[] = message.groups.map((members) => buildFamily(members, options, words));
    port.postMessage({ batch: message.batch, result: families });
  });
}
