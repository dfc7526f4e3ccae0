import type pg from "pg";

/** The families and mentions a report limited to recent pages covers (loadReportWindow). */
export interface ReportWindow {
  /** families with a member quoted on a page dated on or after `since`, in id order */
  familyIds: string[];
  /** mentions (latest versions) on those pages */
  mentions: number;
}

/**
 * What `report --since DATE` covers: the families quoted on a page dated on or after `since`
 * (YYYY-MM-DD; the page date, else the event date), whole, and the count of mentions on those
 * pages. Reads the articles of the window through the page-date index, then their mentions and
 * memberships: its cost grows with the window, not the store.
 */
export async function loadReportWindow(client: pg.ClientBase, since: string): Promise<ReportWindow> {
  const recent = `SELECT m.id FROM "article" a JOIN "mention" m ON m.version_id = a.latest_version_id
                   WHERE COALESCE(a.published_at, a.event_date) >= $1::date`;
  const families = await client.query<{ family_id: string }>(
    `SELECT DISTINCT fm.family_id FROM "family_membership" fm WHERE fm.mention_id IN (${recent}) ORDER BY fm.family_id`, [since]);
  const mentions = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${recent}) r`, [since]);
  return { familyIds: families.rows.map((r) => r.family_id), mentions: Number(mentions.rows[0]?.n ?? 0) };
}
