import { makeStableId } from "../model/make-stable-id.ts";

export interface RecordIds {
  /** makeStableId("a", url ?? file): the same across versions */
  articleId: string;
  /** makeStableId("v", articleId, contentHash) */
  versionId: string;
  /** makeStableId("m", versionId, start, end) */
  mentionId(start: number, end: number): string;
}

export interface RecordIdsInput {
  url: string | null;
  file: string;
  contentHash: string;
}

/**
 * The stable ids the store gives an article, its version and its mentions. Exported so that any
 * layer can compute the same ids from the same data. (When one version holds two quotes with the
 * same range, the store disambiguates the second with its local id: see save-articles.ts.)
 */
export function makeRecordIds(input: RecordIdsInput): RecordIds {
  const articleId = makeStableId("a", input.url ?? input.file);
  const versionId = makeStableId("v", articleId, input.contentHash);
  return {
    articleId,
    versionId,
    mentionId: (start, end) => makeStableId("m", versionId, start, end),
  };
}
