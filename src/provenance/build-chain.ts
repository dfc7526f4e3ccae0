import type { OutletRef } from "../model/article.ts";
import type { CorpusArticle, CorpusMention } from "../model/corpus.ts";
import type { QuoteFamily } from "../model/family.ts";
import type { ChainLink, PreviewDomain } from "../model/provenance.ts";
import { findPreviewDomains } from "./find-preview-domains.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { mergePreviews } from "./merge-previews.ts";
import { nameOutlet } from "./name-outlet.ts";

export interface BuildChainOptions {
  articles: ReadonlyMap<string, CorpusArticle>;
  mentions: ReadonlyMap<string, CorpusMention>;
  /** outlets known by domain (lexicon and corpus outlets), to name a link-preview domain */
  outletsByDomain: ReadonlyMap<string, OutletRef>;
  /** characters before a quote searched for a link-preview domain line (default 600) */
  previewWindow?: number;
  /**
   * The preview lines before one mention (its stored clues, trace-provenance.ts), so the article's
   * text is not searched again; without it the text is searched (previewWindow).
   */
  previewsOf?: (mention: CorpusMention) => readonly PreviewDomain[];
}

/**
 * Who relays whom for one family, article by article in the family's member order:
 * 1. relays named by the article itself: "Original News:" links and credit lines (outlet -> credited
 *    site), and a link-preview domain printed just before one of the family's quotes (outlet ->
 *    that site: seed 000, Pakistan Defence -> La Prensa Latina);
 * 2. wire credits ("(EFE)"): from the relayed site when the article relays one (La Prensa Latina ->
 *    EFE, the dateline belongs to the re-posted story), else from the outlet;
 * 3. quote-level sources of the family's mentions in that article (outlet -> TASS, evidence
 *    "according to TASS").
 * Deduplicated on (from, to) keeping the first evidence; self-links are dropped.
 */
export function buildChain(family: QuoteFamily, options: BuildChainOptions): ChainLink[] {
  const byArticle = new Map<string, CorpusMention[]>();
  for (const member of family.members) {
    const mention = options.mentions.get(member.mentionId);
    if (!mention) continue;
    const list = byArticle.get(mention.articleId) ?? [];
    list.push(mention);
    byArticle.set(mention.articleId, list);
  }

  const links: ChainLink[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, evidence: string, articleId: string): void => {
    const key = `${makeNameKey(from)}\u0000${makeNameKey(to)}`;
    if (makeNameKey(from) === makeNameKey(to) || seen.has(key)) return;
    seen.add(key);
    links.push({ from, to, evidence, articleId });
  };

  for (const [articleId, mentions] of byArticle) {
    const article = options.articles.get(articleId);
    if (!article) continue;
    const outlet = nameOutlet(article);
    const ownDomain = (article.outlet?.domain ?? "").toLowerCase().replace(/^www\./, "");
    const credits = [...article.credits].sort((a, b) => a.start - b.start || a.end - b.end);

    const relays: string[] = [];
    for (const credit of credits) {
      if (credit.kind === "wire") continue;
      add(outlet, credit.name, credit.mention, articleId);
      relays.push(credit.name);
    }
    const previewsOf = options.previewsOf;
    const previews = previewsOf
      ? mergePreviews([...mentions].sort((a, b) => a.start - b.start).map((m) => previewsOf(m)))
      : findPreviewDomains(article.text, mentions.map((m) => m.start).sort((a, b) => a - b),
        options.previewWindow === undefined ? {} : { window: options.previewWindow });
    for (const preview of previews) {
      if (ownDomain && (preview.domain === ownDomain || preview.domain.endsWith(`.${ownDomain}`))) continue;
      const name = lookUpDomain(preview.domain, options.outletsByDomain) ?? preview.domain;
      add(outlet, name, preview.evidence, articleId);
      relays.push(name);
    }
    for (const credit of credits) {
      if (credit.kind !== "wire") continue;
      add(relays[0] ?? outlet, credit.name, credit.mention, articleId);
    }
    for (const mention of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (mention.source) add(outlet, mention.source.name, mention.source.mention, articleId);
    }
  }
  return links;
}

function lookUpDomain(domain: string, outlets: ReadonlyMap<string, OutletRef>): string | null {
  let host = domain;
  // "edition.cnn.com" -> "cnn.com": try the host, then each parent domain.
  for (;;) {
    const outlet = outlets.get(host);
    if (outlet) return outlet.name;
    const dot = host.indexOf(".");
    if (dot < 0 || host.indexOf(".", dot + 1) < 0) return null;
    host = host.slice(dot + 1);
  }
}
