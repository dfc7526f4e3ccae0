import type pg from "pg";
import type { OutletKind } from "../model/article.ts";
import type { CorpusArticle } from "../model/corpus.ts";

/** What the report's figures need of an article: its outlet, address, file and page date (no text). */
export type ArticleHead = Pick<CorpusArticle, "id" | "outlet" | "url" | "file" | "corpusPath" | "publishedAt">;

/**
 * Up to `limit` articles after `after` in id order (keyset paging; "" for the first page), without
 * their text; with `since` (YYYY-MM-DD) only those on a page dated on or after it (the page date,
 * else the event date).
 */
export async function loadArticleHeads(client: pg.ClientBase, after: string, limit: number, since: string | null = null): Promise<ArticleHead[]> {
  const { rows } = await client.query<{
    id: string; file: string; corpus_path: string | null; url: string | null; published_at: string | null;
    outlet_name: string | null; outlet_domain: string | null; outlet_kind: OutletKind | null; outlet_country: string | null;
  }>(
    `SELECT a.id, a.file, a.corpus_path, a.url, to_char(a.published_at, 'YYYY-MM-DD') AS published_at,
            o.name AS outlet_name, o.domain AS outlet_domain, o.kind AS outlet_kind, o.country AS outlet_country
       FROM "article" a LEFT JOIN "outlet" o ON o.id = a.outlet_id
      WHERE a.latest_version_id IS NOT NULL AND a.id > $1
        AND ($3::date IS NULL OR COALESCE(a.published_at, a.event_date) >= $3::date)
      ORDER BY a.id LIMIT $2`,
    [after, limit, since],
  );
  return rows.map((a) => ({
    id: a.id, file: a.file, corpusPath: a.corpus_path, url: a.url, publishedAt: a.published_at,
    outlet: a.outlet_name === null
      ? null
      : { name: a.outlet_name, domain: a.outlet_domain, kind: a.outlet_kind ?? "unknown", country: a.outlet_country },
  }));
}
