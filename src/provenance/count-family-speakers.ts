import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { FamilySpeakerVote, QuoteFamily } from "../model/family.ts";
import { pickFamilySpeaker } from "../text/pick-family-speaker.ts";
import { nameOutlet } from "./name-outlet.ts";

/**
 * Every distinct speaker the members of a family name (each mention keeps its own), with how many
 * members name it, how many name it in the words written at the quote, in which outlets, and
 * whether it is another person than the family's best-evidenced speaker (pickFamilySpeaker):
 * disagreements are shown, not hidden. Members missing from the corpus are skipped.
 */
export function countFamilySpeakers(
  family: QuoteFamily,
  articles: ReadonlyMap<string, CorpusArticle>,
  mentions: ReadonlyMap<string, CorpusMention>,
): FamilySpeakerVote[] {
  const members = [];
  for (const member of family.members) {
    const m = mentions.get(member.mentionId);
    if (m === undefined) continue;
    const article = articles.get(m.articleId);
    members.push({
      id: m.id, articleId: m.articleId, outlet: article ? nameOutlet(article) : null, date: null, text: m.text, kind: m.kind,
      speaker: m.speaker?.name ?? null, speakerType: m.speaker?.type ?? null, speakerMention: m.speaker?.mention ?? null,
      source: null, articleCredits: [], repeatOf: null,
    });
  }
  return pickFamilySpeaker(members).votes;
}
