import type { Corpus } from "../src/model/corpus.ts";
import type { MatchResult } from "../src/model/family.ts";
import type { EvalFamily, EvalMention, StoredMatchView } from "./match-types.ts";

/**
 * Keys what the store holds after ingest + match for the protocol: each stored article's mentions
 * under its BASIL (triplet, source), found through `keyOfFile` (the ingested file name -> article
 * key, null for a file that is not a BASIL article), each mention with its family and link.
 */
export function buildMatchView(corpus: Corpus, match: MatchResult, keyOfFile: (file: string) => string | null): StoredMatchView {
  const familyOf = new Map<string, { familyId: string; link: string }>();
  const families = new Map<string, EvalFamily>();
  const textOf = new Map(corpus.mentions.map((m) => [m.id, m.text]));
  for (const family of match.families) {
    families.set(family.id, { id: family.id, speaker: family.speaker, size: family.members.length, canonicalText: textOf.get(family.canonicalMentionId) ?? "" });
    for (const member of family.members) familyOf.set(member.mentionId, { familyId: family.id, link: member.link });
  }
  const keyOfArticle = new Map<string, string>();
  for (const article of corpus.articles) {
    const key = keyOfFile(article.file);
    if (key !== null) keyOfArticle.set(article.id, key);
  }
  const mentionsByArticle = new Map<string, EvalMention[]>();
  for (const m of corpus.mentions) {
    const key = keyOfArticle.get(m.articleId);
    if (key === undefined) continue;
    const member = familyOf.get(m.id);
    const list = mentionsByArticle.get(key) ?? [];
    list.push({
      id: m.id, start: m.start, end: m.end, text: m.text, kind: m.kind, rule: m.rule,
      speaker: m.speaker?.name ?? null, speakerMention: m.speaker?.mention ?? null,
      familyId: member?.familyId ?? null, link: member?.link ?? null,
    });
    mentionsByArticle.set(key, list);
  }
  for (const list of mentionsByArticle.values()) list.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { mentionsByArticle, families };
}
