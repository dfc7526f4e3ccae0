/**
 * News agencies, wires and big broadcasters that articles credit as the channel of a quote
 * ("according to TASS", "he told Sputnik", "(EFE)"). Canonical names are what every stage and
 * report prints ("TASS" for "Tass"). Aliases match whole tokens; `caseSensitive` aliases (short
 * acronyms such as "AP") only match when written exactly so, so that "ap" or "Ap" never do.
 */
export interface AgencyEntry {
  /** canonical name, e.g. "TASS" */
  name: string;
  aliases: readonly string[];
  /** aliases that must match with exact case (short acronyms) */
  caseSensitive?: readonly string[];
  kind: "wire" | "agency" | "broadcaster" | "newspaper";
  domains: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: "TASS", aliases: ["TASS", "Tass", "ITAR-TASS", "Itar-Tass", "TASS news agency"], kind: "agency", domains: ["tass.com", "tass.ru"] },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA-Novosti", "Ria Novosti"], caseSensitive: ["RIA"], kind: "agency", domains: ["ria.ru"] },
  { name: "Sputnik", aliases: ["Sputnik", "Sputnik News"], kind: "agency", domains: ["sputniknews.com", "sputnikglobe.com"] },
  { name: "Interfax", aliases: ["Interfax"], kind: "agency", domains: ["interfax.ru", "interfax.com"] },
  { name: "Xinhua", aliases: ["Xinhua", "Xinhua News Agency"], kind: "agency", domains: ["xinhuanet.com", "news.cn"] },
  { name: "EFE", aliases: ["EFE", "Agencia EFE"], kind: "wire", domains: ["efe.com"] },
  { name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], caseSensitive: ["AFP"], kind: "wire", domains: ["afp.com"] },
  { name: "AP", aliases: ["Associated Press", "The Associated Press"], caseSensitive: ["AP"], kind: "wire", domains: ["apnews.com", "ap.org"] },
  { name: "Reuters", aliases: ["Reuters", "Thomson Reuters"], kind: "wire", domains: ["reuters.com"] },
  { name: "UPI", aliases: ["United Press International"], caseSensitive: ["UPI"], kind: "wire", domains: ["upi.com"] },
  { name: "Fars", aliases: ["Fars", "Fars News", "Fars News Agency"], caseSensitive: ["FNA"], kind: "agency", domains: ["farsnews.ir", "farsnews.com"] },
  { name: "IRNA", aliases: ["Islamic Republic News Agency"], caseSensitive: ["IRNA"], kind: "agency", domains: ["irna.ir"] },
  { name: "Tasnim", aliases: ["Tasnim", "Tasnim News", "Tasnim News Agency"], kind: "agency", domains: ["tasnimnews.com"] },
  { name: "Mehr", aliases: ["Mehr News", "Mehr News Agency", "Mehr"], kind: "agency", domains: ["mehrnews.com"] },
  { name: "ISNA", aliases: ["Iranian Students' News Agency"], caseSensitive: ["ISNA"], kind: "agency", domains: ["isna.ir"] },
  { name: "Anadolu", aliases: ["Anadolu", "Anadolu Agency", "Anadolu Ajansi"], kind: "agency", domains: ["aa.com.tr"] },
  { name: "Press TV", aliases: ["Press TV", "PressTV"], kind: "broadcaster", domains: ["presstv.ir"] },
  { name: "Kyodo", aliases: ["Kyodo", "Kyodo News"], kind: "agency", domains: ["kyodonews.net"] },
  { name: "Yonhap", aliases: ["Yonhap", "Yonhap News Agency"], kind: "agency", domains: ["yna.co.kr"] },
  { name: "ANI", aliases: ["Asian News International"], caseSensitive: ["ANI"], kind: "agency", domains: ["aninews.in"] },
  { name: "PTI", aliases: ["Press Trust of India"], caseSensitive: ["PTI"], kind: "agency", domains: ["ptinews.com"] },
  { name: "DPA", aliases: ["Deutsche Presse-Agentur"], caseSensitive: ["DPA", "dpa"], kind: "wire", domains: ["dpa.com"] },
  { name: "ANSA", aliases: ["Agenzia Nazionale Stampa Associata"], caseSensitive: ["ANSA"], kind: "wire", domains: ["ansa.it"] },
  { name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"], kind: "agency", domains: ["bloomberg.com"] },
  { name: "CNN", aliases: ["Cable News Network"], caseSensitive: ["CNN"], kind: "broadcaster", domains: ["cnn.com"] },
  { name: "BBC", aliases: ["British Broadcasting Corporation"], caseSensitive: ["BBC"], kind: "broadcaster", domains: ["bbc.com", "bbc.co.uk"] },
  { name: "Al Jazeera", aliases: ["Al Jazeera", "Al-Jazeera", "Aljazeera"], kind: "broadcaster", domains: ["aljazeera.com", "aljazeera.net"] },
  { name: "Fox News", aliases: ["Fox News", "Fox News Channel"], kind: "broadcaster", domains: ["foxnews.com"] },
  { name: "MSNBC", aliases: [], caseSensitive: ["MSNBC"], kind: "broadcaster", domains: ["msnbc.com"] },
  { name: "NPR", aliases: ["National Public Radio"], caseSensitive: ["NPR"], kind: "broadcaster", domains: ["npr.org"] },
  { name: "CBS", aliases: ["CBS News"], caseSensitive: ["CBS"], kind: "broadcaster", domains: ["cbsnews.com"] },
  { name: "NBC", aliases: ["NBC News"], caseSensitive: ["NBC"], kind: "broadcaster", domains: ["nbcnews.com"] },
  { name: "ABC News", aliases: ["ABC News"], kind: "broadcaster", domains: ["abcnews.go.com"] },
  { name: "RT", aliases: ["Russia Today"], caseSensitive: ["RT"], kind: "broadcaster", domains: ["rt.com"] },
  { name: "Kuna", aliases: ["Kuwait News Agency"], caseSensitive: ["KUNA"], kind: "agency", domains: ["kuna.net.kw"] },
  { name: "WAM", aliases: ["Emirates News Agency"], caseSensitive: ["WAM"], kind: "agency", domains: ["wam.ae"] },
  { name: "SPA", aliases: ["Saudi Press Agency"], caseSensitive: ["SPA"], kind: "agency", domains: ["spa.gov.sa"] },
  { name: "APP", aliases: ["Associated Press of Pakistan"], caseSensitive: ["APP"], kind: "agency", domains: ["app.com.pk"] },
  { name: "Bernama", aliases: ["Bernama"], kind: "agency", domains: ["bernama.com"] },
  { name: "Antara", aliases: ["Antara"], kind: "agency", domains: ["antaranews.com"] },
  { name: "KCNA", aliases: ["Korean Central News Agency"], caseSensitive: ["KCNA"], kind: "agency", domains: ["kcna.kp"] },
  { name: "Ukrinform", aliases: ["Ukrinform"], kind: "agency", domains: ["ukrinform.net"] },
  { name: "BelTA", aliases: ["BelTA", "Belta"], kind: "agency", domains: ["belta.by"] },
  { name: "CGTN", aliases: [], caseSensitive: ["CGTN"], kind: "broadcaster", domains: ["cgtn.com"] },
  { name: "Global Times", aliases: ["Global Times"], kind: "newspaper", domains: ["globaltimes.cn"] },
];

/** lower-cased first words of every alias: a cheap test before a full lookup */
export const AGENCY_FIRST_WORDS: ReadonlySet<string> = new Set(
  AGENCIES.flatMap((a) => [...a.aliases, ...(a.caseSensitive ?? [])].map((x) => (x.split(/\s+/)[0] ?? "").toLowerCase())),
);
