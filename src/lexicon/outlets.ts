import type { OutletKind } from "../model/article.ts";
import { AGENCIES } from "./agencies.ts";

/** A known outlet or news agency. `name` is the canonical name used everywhere else. */
export interface OutletEntry {
  name: string;
  /** registrable domains (without "www."); the first is the main one */
  domains: readonly string[];
  kind: OutletKind;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  /** other names and abbreviations as printed in text ("Tass", "MNA", "Pakistan Point News") */
  aliases: readonly string[];
}

/**
 * Outlets and agencies quotetrail knows by domain and name, with kind and country. Canonical names
 * agree with src/lexicon/agencies.ts (the extraction stage's agency list; a test checks it), and
 * lookups fall back to that list for agencies not listed here. Sorted by name; keep domains lower case.
 */
export const OUTLETS: readonly OutletEntry[] = [
  { name: "AFP", domains: ["afp.com"], kind: "wire", country: "FR", aliases: ["Agence France-Presse", "Agence France Presse"] },
  { name: "Al Arabiya", domains: ["alarabiya.net"], kind: "broadcaster", country: "AE", aliases: [] },
  { name: "Al Jazeera", domains: ["aljazeera.com", "aljazeera.net"], kind: "broadcaster", country: "QA", aliases: [] },
  { name: "Anadolu", domains: ["aa.com.tr"], kind: "agency", country: "TR", aliases: ["Anadolu Agency", "Anadolu Ajansi", "AA"] },
  { name: "ANI", domains: ["aninews.in"], kind: "agency", country: "IN", aliases: ["Asian News International"] },
  { name: "ANSA", domains: ["ansa.it"], kind: "wire", country: "IT", aliases: [] },
  { name: "AP", domains: ["apnews.com", "ap.org"], kind: "wire", country: "US", aliases: ["Associated Press", "The Associated Press"] },
  { name: "APP", domains: ["app.com.pk"], kind: "agency", country: "PK", aliases: ["Associated Press of Pakistan"] },
  { name: "Bloomberg", domains: ["bloomberg.com"], kind: "agency", country: "US", aliases: [] },
  { name: "BBC", domains: ["bbc.co.uk", "bbc.com"], kind: "broadcaster", country: "GB", aliases: ["BBC News"] },
  { name: "BelTA", domains: ["belta.by", "eng.belta.by"], kind: "agency", country: "BY", aliases: ["Belta"] },
  { name: "Breitbart", domains: ["breitbart.com"], kind: "newspaper", country: "US", aliases: ["Breitbart News"] },
  { name: "CGTN", domains: ["cgtn.com"], kind: "broadcaster", country: "CN", aliases: [] },
  { name: "China Daily", domains: ["chinadaily.com.cn"], kind: "newspaper", country: "CN", aliases: [] },
  { name: "CNN", domains: ["cnn.com"], kind: "broadcaster", country: "US", aliases: [] },
  { name: "Dawn", domains: ["dawn.com"], kind: "newspaper", country: "PK", aliases: [] },
  { name: "Deutsche Welle", domains: ["dw.com"], kind: "broadcaster", country: "DE", aliases: ["DW"] },
  { name: "DPA", domains: ["dpa.com"], kind: "wire", country: "DE", aliases: ["dpa", "Deutsche Presse-Agentur"] },
  { name: "EFE", domains: ["efe.com"], kind: "wire", country: "ES", aliases: ["Agencia EFE"] },
  { name: "Euronews", domains: ["euronews.com"], kind: "broadcaster", country: "FR", aliases: [] },
  { name: "Fars", domains: ["farsnews.ir", "farsnews.com"], kind: "agency", country: "IR", aliases: ["Fars News", "Fars News Agency", "FNA"] },
  { name: "Fox News", domains: ["foxnews.com"], kind: "broadcaster", country: "US", aliases: [] },
  { name: "Global Times", domains: ["globaltimes.cn"], kind: "newspaper", country: "CN", aliases: [] },
  { name: "HuffPost", domains: ["huffpost.com", "huffingtonpost.com"], kind: "newspaper", country: "US", aliases: ["Huffington Post"] },
  { name: "Interfax", domains: ["interfax.ru", "interfax.com"], kind: "agency", country: "RU", aliases: [] },
  { name: "IRNA", domains: ["irna.ir"], kind: "agency", country: "IR", aliases: ["Islamic Republic News Agency"] },
  { name: "Islam Times", domains: ["islamtimes.org", "islamtimes.com"], kind: "newspaper", country: "IR", aliases: [] },
  { name: "ISNA", domains: ["isna.ir"], kind: "agency", country: "IR", aliases: ["Iranian Students News Agency"] },
  { name: "Kyodo", domains: ["kyodonews.net"], kind: "agency", country: "JP", aliases: ["Kyodo News"] },
  { name: "La Prensa Latina", domains: ["laprensalatina.com"], kind: "newspaper", country: "US", aliases: ["La Prensa Latina Media"] },
  { name: "Mehr", domains: ["mehrnews.com", "en.mehrnews.com"], kind: "agency", country: "IR", aliases: ["Mehr News", "Mehr News Agency", "MNA"] },
  { name: "Middle East Monitor", domains: ["middleeastmonitor.com"], kind: "newspaper", country: "GB", aliases: ["MEMO"] },
  { name: "NBC", domains: ["nbcnews.com"], kind: "broadcaster", country: "US", aliases: ["NBC News"] },
  { name: "NPR", domains: ["npr.org"], kind: "broadcaster", country: "US", aliases: [] },
  { name: "Pakistan Defence", domains: ["defence.pk", "pdf.defence.pk"], kind: "forum", country: "PK", aliases: ["Pakistan Defence Forum", "PDF"] },
  { name: "Politico", domains: ["politico.com", "politico.eu"], kind: "newspaper", country: "US", aliases: [] },
  { name: "Press TV", domains: ["presstv.ir", "presstv.com"], kind: "broadcaster", country: "IR", aliases: ["PressTV"] },
  { name: "Reuters", domains: ["reuters.com"], kind: "wire", country: "GB", aliases: [] },
  { name: "RIA Novosti", domains: ["ria.ru"], kind: "agency", country: "RU", aliases: ["RIA"] },
  { name: "RT", domains: ["rt.com"], kind: "broadcaster", country: "RU", aliases: ["Russia Today"] },
  { name: "Sputnik", domains: ["sputniknews.com", "sputnikglobe.com"], kind: "agency", country: "RU", aliases: ["Sputnik News"] },
  { name: "TASS", domains: ["tass.com", "tass.ru"], kind: "agency", country: "RU", aliases: ["Tass", "ITAR-TASS"] },
  { name: "Tasnim", domains: ["tasnimnews.com"], kind: "agency", country: "IR", aliases: ["Tasnim News", "Tasnim News Agency"] },
  { name: "Tehran Times", domains: ["tehrantimes.com"], kind: "newspaper", country: "IR", aliases: [] },
  { name: "The Guardian", domains: ["theguardian.com", "guardian.co.uk"], kind: "newspaper", country: "GB", aliases: ["Guardian"] },
  { name: "The Hill", domains: ["thehill.com"], kind: "newspaper", country: "US", aliases: [] },
  { name: "The Jerusalem Post", domains: ["jpost.com"], kind: "newspaper", country: "IL", aliases: ["Jerusalem Post"] },
  { name: "The New York Times", domains: ["nytimes.com"], kind: "newspaper", country: "US", aliases: ["New York Times", "NYT"] },
  { name: "The Times of India", domains: ["timesofindia.indiatimes.com", "indiatimes.com"], kind: "newspaper", country: "IN", aliases: ["Times of India"] },
  { name: "The Washington Post", domains: ["washingtonpost.com"], kind: "newspaper", country: "US", aliases: ["Washington Post"] },
  { name: "The Western Journal", domains: ["westernjournal.com"], kind: "newspaper", country: "US", aliases: ["Western Journal"] },
  { name: "UrduPoint", domains: ["urdupoint.com"], kind: "newspaper", country: "PK", aliases: ["Urdu Point", "Pakistan Point News", "UrduPoint / Pakistan Point News"] },
  { name: "USA Today", domains: ["usatoday.com"], kind: "newspaper", country: "US", aliases: [] },
  { name: "Xinhua", domains: ["xinhuanet.com", "news.cn", "english.news.cn"], kind: "agency", country: "CN", aliases: ["Xinhua News Agency"] },
  { name: "Yonhap", domains: ["yna.co.kr"], kind: "agency", country: "KR", aliases: ["Yonhap News Agency"] },
  { name: "Al-Monitor", domains: ["al-monitor.com"], kind: "newspaper", country: "US", aliases: ["Al Monitor"] },
  { name: "Arab News", domains: ["arabnews.com"], kind: "newspaper", country: "SA", aliases: [] },
  { name: "Axios", domains: ["axios.com"], kind: "newspaper", country: "US", aliases: [] },
  { name: "Daily Mail", domains: ["dailymail.co.uk"], kind: "newspaper", country: "GB", aliases: ["Mail Online", "MailOnline"] },
  { name: "Daily Sabah", domains: ["dailysabah.com"], kind: "newspaper", country: "TR", aliases: [] },
  { name: "Financial Times", domains: ["ft.com"], kind: "newspaper", country: "GB", aliases: ["FT"] },
  { name: "Geo News", domains: ["geo.tv"], kind: "broadcaster", country: "PK", aliases: [] },
  { name: "Haaretz", domains: ["haaretz.com"], kind: "newspaper", country: "IL", aliases: [] },
  { name: "Hindustan Times", domains: ["hindustantimes.com"], kind: "newspaper", country: "IN", aliases: [] },
  { name: "Newsweek", domains: ["newsweek.com"], kind: "newspaper", country: "US", aliases: [] },
  { name: "South China Morning Post", domains: ["scmp.com"], kind: "newspaper", country: "HK", aliases: ["SCMP"] },
  { name: "The Express Tribune", domains: ["tribune.com.pk"], kind: "newspaper", country: "PK", aliases: ["Express Tribune"] },
  { name: "The Independent", domains: ["independent.co.uk"], kind: "newspaper", country: "GB", aliases: ["Independent"] },
  { name: "The Moscow Times", domains: ["themoscowtimes.com"], kind: "newspaper", country: "RU", aliases: ["Moscow Times"] },
  { name: "The Telegraph", domains: ["telegraph.co.uk"], kind: "newspaper", country: "GB", aliases: ["Daily Telegraph"] },
  { name: "The Times of Israel", domains: ["timesofisrael.com"], kind: "newspaper", country: "IL", aliases: ["Times of Israel"] },
  { name: "The Wall Street Journal", domains: ["wsj.com"], kind: "newspaper", country: "US", aliases: ["Wall Street Journal", "WSJ"] },
  { name: "TRT World", domains: ["trtworld.com"], kind: "broadcaster", country: "TR", aliases: [] },
];

/** OUTLETS, then the agencies of src/lexicon/agencies.ts that OUTLETS does not name (country unknown). */
export function listOutlets(): readonly OutletEntry[] {
  const names = new Set(OUTLETS.map((o) => o.name));
  const extra: OutletEntry[] = AGENCIES.filter((a) => !names.has(a.name)).map((a) => ({
    name: a.name,
    domains: a.domains,
    kind: a.kind,
    country: null,
    aliases: [...a.aliases, ...(a.caseSensitive ?? [])],
  }));
  return [...OUTLETS, ...extra];
}
