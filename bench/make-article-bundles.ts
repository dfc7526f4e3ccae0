import { createHash } from "node:crypto";
import type { MatchableMention } from "../src/model/family.ts";
import type { ExtractedQuote } from "../src/model/quote.ts";
import type { ArticleBundle } from "../src/store/store.ts";

/**
 * The articles of a generated mention corpus (bench/generate-noisy-mention-corpus.ts) as the
 * store's bundles, for bulk loading without parsing or extraction: each article a page of its
 * outlet on its date whose text holds its quotes, each in a sentence `“...,” Speaker said.`, with
 * the quote's speaker, kind and offsets as extraction would give them. Articles in first-mention
 * order; mention ids become the store's own (from version and offsets).
 */
export function makeArticleBundles(mentions: readonly MatchableMention[]): ArticleBundle[] {
  const byArticle = new Map<string, MatchableMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    if (list === undefined) byArticle.set(m.articleId, [m]);
    else list.push(m);
  }
  return [...byArticle.entries()].map(([articleId, list]) => makeBundle(articleId, list));
}

const PLACES = ["WASHINGTON", "LONDON", "MOSCOW", "BEIJING", "MADRID", "ANKARA", "TEHRAN", "BRUSSELS"];
const WIRES = ["Reuters", "AP", "AFP", "EFE"];
const NARRATIVE = [
  "Talks between the two sides resumed on Tuesday after a break of several weeks.",
  "The statement came after weeks of negotiations that ended without an agreement.",
  "The plan is expected to cost more than first estimated and to take years to finish.",
  "The office did not respond to a request for comment on Wednesday.",
];

/**
 * The text of one generated article, in news's shape (as bench/write-noisy-articles.ts writes
 * them, with narrative sentences that quotetrail's extraction finds no quote in, so the stored
 * mentions are the generator's): a dateline with a wire and a narrative paragraph, then its quotes in reported sentences
 * `“...,” Speaker said.` with a narrative paragraph after every second one. Also what `bench:scale`
 * writes as new files. Returns where each quote and its cue start.
 */
export function writeArticleText(list: readonly MatchableMention[]): { text: string; starts: number[]; cues: number[] } {
  const first = list[0];
  let n = 0;
  for (const c of first?.articleId ?? "") n = (n * 31 + c.charCodeAt(0)) >>> 0;
  let text = `${PLACES[n % PLACES.length]} (${WIRES[n % WIRES.length]}) - ${NARRATIVE[n % NARRATIVE.length]}\n\n`;
  const starts: number[] = [];
  const cues: number[] = [];
  for (const [i, m] of list.entries()) {
    text += "“";
    starts.push(text.length);
    text += `${m.text},” ${m.speaker ?? "officials"} `;
    cues.push(text.length);
    text += "said.\n\n";
    if (i % 2 === 1) text += `${NARRATIVE[(n + i) % NARRATIVE.length]}\n\n`;
  }
  return { text, starts, cues };
}

function makeBundle(articleId: string, list: readonly MatchableMention[]): ArticleBundle {
  const first = list[0];
  const date = first?.pageDate ?? first?.date ?? null;
  const { text, starts, cues } = writeArticleText(list);
  const sha = (s: string): string => createHash("sha256").update(s).digest("hex");
  const outlet = first?.outlet ?? null;
  const quotes: ExtractedQuote[] = list.map((m, i) => {
    const start = starts[i] ?? 0;
    const end = start + m.text.length;
    return {
      id: `q${i + 1}`, text: m.text, start, end, kind: m.kind,
      speaker: m.speaker === null ? null : { name: m.speaker, mention: m.speaker, start: end + 3, end: end + 3 + m.speaker.length, role: null, type: m.speakerType ?? "person" },
      cue: { text: "said", start: cues[i] ?? 0, end: (cues[i] ?? 0) + 4 }, source: m.source === null ? null : { name: m.source, mention: m.source, start: 0, end: 0, scope: "sentence" },
      repeatOf: null, confidence: 0.9, rule: "bench",
    };
  });
  return {
    article: {
      file: `${articleId}.txt`, format: "txt", text, raw: text, rawHash: sha(text), contentHash: sha(`${articleId}\u0000${text}`),
      cleanBody: text, regions: [{ kind: "body", start: 0, end: text.length, reason: "generated" }],
      url: { value: `https://bench.example/${articleId}`, from: "manifest" }, title: null,
      outlet: outlet === null ? null : { name: outlet, domain: null, kind: "newspaper", country: null, from: "manifest" },
      publishedAt: date === null ? null : { value: date, from: "manifest" }, eventDate: null,
      byline: null, dateline: null, language: "en", mined: true, messages: [],
    },
    extraction: { credits: [], quotes, messages: [] },
  };
}
