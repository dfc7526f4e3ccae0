import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { QuoteFamily } from "../model/family.ts";
import type { FirstAppearance } from "../model/provenance.ts";
import { nameOutlet } from "./name-outlet.ts";
import { pickArticleDate } from "./pick-article-date.ts";

export interface PickFirstAppearanceOptions {
  articles: ReadonlyMap<string, CorpusArticle>;
  mentions: ReadonlyMap<string, CorpusMention>;
}

/**
 * The family's earliest appearance by its article's event date, else page date. Undated members
 * come last; ties keep the canonical mention first, then member order (date, mention id), which is
 * stable. A mention the corpus does not hold is skipped (its article is unknown).
 */
export function pickFirstAppearance(family: QuoteFamily, options: PickFirstAppearanceOptions): FirstAppearance {
  let best: { appearance: FirstAppearance; rank: number } | null = null;
  family.members.forEach((member, index) => {
    const mention = options.mentions.get(member.mentionId);
    if (!mention) return;
    const article = options.articles.get(mention.articleId);
    const date = pickArticleDate(article);
    const rank = member.mentionId === family.canonicalMentionId ? -1 : index;
    const better =
      best === null ||
      (date !== null && (best.appearance.date === null || date < best.appearance.date)) ||
      (date === best.appearance.date && rank < best.rank);
    if (better) {
      best = {
        appearance: { articleId: mention.articleId, mentionId: mention.id, outlet: article ? nameOutlet(article) : null, date },
        rank,
      };
    }
  });
  if (best === null) {
    return { articleId: "", mentionId: family.canonicalMentionId, outlet: null, date: null };
  }
  return (best as { appearance: FirstAppearance }).appearance;
}
