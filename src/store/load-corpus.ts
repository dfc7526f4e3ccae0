import type pg from "pg";
import type { OutletKind } from "../model/article.ts";
import type { Corpus, CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { MentionClues } from "../model/provenance.ts";
import type { ArticleCredit, CreditKind, QuoteKind, SourceScope, SpeakerRef } from "../model/quote.ts";

interface ArticleRow {
  id: string; version_id: string; file: string; corpus_path: string | null; url: string | null; title: string | null;
  outlet_name: string | null; outlet_domain: string | null; outlet_kind: OutletKind | null; outlet_country: string | null;
  published_at: string | null; event_date: string | null; language: string; text: string;
}
interface CreditRow {
  version_id: string; name: string; mention: string; kind: CreditKind; start: number; end: number; url: string | null;
}
interface MentionRow {
  id: string; article_id: string; local_id: string; text: string; start: number; end: number; kind: QuoteKind;
  speaker: string | null; speaker_name: string | null; speaker_mention: string | null; speaker_start: number | null;
  speaker_end: number | null; speaker_role: string | null; speaker_type: SpeakerRef["type"] | null;
  cue: string | null; cue_start: number | null; cue_end: number | null;
  source: string | null; source_mention: string | null; source_start: number | null; source_end: number | null;
  source_scope: SourceScope | null; repeat_of_id: string | null; confidence: number; rule: string;
  clues: MentionClues | null;
}

/**
 * The latest version of every article with its credits and mentions, sorted as Corpus documents.
 * A mention's speaker name is the merged speaker's canonical name (the same person in every
 * article); its surface form stays in `mention`.
 */
export async function loadCorpus(client: pg.ClientBase, mentionIds?: readonly string[]): Promise<Corpus> {
  // only the given mentions (of latest versions) and their articles (an incremental match's
  // scope), or everything
  const params = mentionIds === undefined ? [] : [mentionIds];
  const someArticles = mentionIds === undefined ? "" : `WHERE a.id IN (SELECT article_id FROM "mention" WHERE id = ANY($1::text[]))`;
  const someMentions = mentionIds === undefined ? "" : `WHERE m.id = ANY($1::text[])`;
  const articles = await client.query<ArticleRow>(
    `SELECT a.id, a.latest_version_id AS version_id, a.file, a.corpus_path, a.url, a.title,
            o.name AS outlet_name, o.domain AS outlet_domain, o.kind AS outlet_kind, o.country AS outlet_country,
            to_char(a.published_at, 'YYYY-MM-DD') AS published_at, to_char(a.event_date, 'YYYY-MM-DD') AS event_date,
            a.language, v.text
       FROM "article" a JOIN "article_version" v ON v.id = a.latest_version_id
       LEFT JOIN "outlet" o ON o.id = a.outlet_id
      ${someArticles}
      ORDER BY a.id`,
    params,
  );
  const credits = await client.query<CreditRow>(
    `SELECT c.version_id, c.name, c.mention, c.kind, c.start, c."end", c.url
       FROM "article_credit" c JOIN "article" a ON a.latest_version_id = c.version_id
      ${someArticles}
      ORDER BY c.version_id, c.position`,
    params,
  );
  const creditsByVersion = new Map<string, ArticleCredit[]>();
  for (const c of credits.rows) {
    const credit: ArticleCredit = { name: c.name, mention: c.mention, kind: c.kind, start: c.start, end: c.end };
    if (c.url !== null) credit.url = c.url;
    const list = creditsByVersion.get(c.version_id);
    if (list) list.push(credit);
    else creditsByVersion.set(c.version_id, [credit]);
  }
  const corpusArticles: CorpusArticle[] = articles.rows.map((a) => ({
    id: a.id,
    versionId: a.version_id,
    file: a.file,
    corpusPath: a.corpus_path,
    url: a.url,
    title: a.title,
    outlet: a.outlet_name === null
      ? null
      : { name: a.outlet_name, domain: a.outlet_domain, kind: a.outlet_kind ?? "unknown", country: a.outlet_country },
    publishedAt: a.published_at,
    eventDate: a.event_date,
    language: a.language,
    credits: creditsByVersion.get(a.version_id) ?? [],
    text: a.text,
  }));

  const mentions = await client.query<MentionRow>(
    `SELECT m.id, m.article_id, m.local_id, m.text, m.start, m."end", m.kind,
            s.name AS speaker, m.speaker_name, m.speaker_mention, m.speaker_start, m.speaker_end, m.speaker_role, m.speaker_type,
            m.cue, m.cue_start, m.cue_end,
            cs.name AS source, m.source_mention, m.source_start, m.source_end, m.source_scope,
            m.repeat_of_id, m.confidence, m.rule, m.clues
       FROM "mention" m JOIN "article" a ON a.id = m.article_id AND a.latest_version_id = m.version_id
       LEFT JOIN "speaker" s ON s.id = m.speaker_id
       LEFT JOIN "credited_source" cs ON cs.id = m.source_id
      ${someMentions}
      ORDER BY m.article_id, m.start, m."end", m.id`,
    params,
  );
  const corpusMentions: CorpusMention[] = mentions.rows.map((m) => {
    const speakerName = m.speaker ?? m.speaker_name;
    let speaker: SpeakerRef | null = null;
    if (speakerName !== null) {
      speaker = { name: speakerName, mention: m.speaker_mention ?? speakerName, start: m.speaker_start ?? 0, end: m.speaker_end ?? 0 };
      if (m.speaker_role !== null) speaker.role = m.speaker_role;
      if (m.speaker_type !== null) speaker.type = m.speaker_type;
    }
    return {
      id: m.id,
      articleId: m.article_id,
      localId: m.local_id,
      text: m.text,
      start: m.start,
      end: m.end,
      kind: m.kind,
      speaker,
      cue: m.cue === null ? null : { text: m.cue, start: m.cue_start ?? 0, end: m.cue_end ?? 0 },
      source: m.source === null
        ? null
        : { name: m.source, mention: m.source_mention ?? m.source, start: m.source_start ?? 0, end: m.source_end ?? 0, scope: m.source_scope ?? "sentence" },
      repeatOf: m.repeat_of_id,
      confidence: m.confidence,
      rule: m.rule,
      clues: m.clues,
    };
  });
  return { articles: corpusArticles, mentions: corpusMentions };
}
