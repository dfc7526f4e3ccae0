/**
 * Deterministic news-shaped text for benchmarks and adversarial baselines: articles with a title,
 * a wire dateline, narrative paragraphs, direct quotes (cue before and after, split quotes),
 * indirect speech ("said that ..."), "according to" credits and "told <outlet>". A seeded PRNG
 * (mulberry32) makes the same options give the same text.
 */
export interface GenerateNewsTextOptions {
  /** stop once at least this many UTF-8 bytes were generated */
  bytes: number;
  seed?: number;
  /** approximate size of one article in characters (default 3,000) */
  articleChars?: number;
}

const FIRST = ["Maria", "John", "Li", "Ahmed", "Elena", "Kazem", "Sergei", "Fatima", "Pedro", "Anna", "Yusuf", "Chen"];
const LAST = ["Lopez", "Smith", "Shangfu", "Hassan", "Petrova", "Jalali", "Ivanov", "Khan", "Alvarez", "Novak", "Demir", "Wei"];
const ROLES = ["Defence Minister", "spokeswoman", "Foreign Minister", "senator", "party leader", "mayor", "the governor", "an adviser"];
const OUTLETS = ["TASS", "Reuters", "the Associated Press", "Xinhua", "EFE", "AFP", "Sputnik", "CNN", "Fars News", "Anadolu"];
const PLACES = ["MOSCOW", "WASHINGTON", "BEIJING", "TEHRAN", "MADRID", "ANKARA", "LONDON", "Minsk"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SUBJECTS = ["the government", "the ministry", "the committee", "officials", "the two countries", "the alliance", "the company", "voters"];
const VERBS = ["will strengthen", "plans to expand", "is ready to hold", "has agreed to review", "wants to increase", "refused to discuss", "promised to cut", "decided to delay"];
const OBJECTS = [
  "security cooperation within the framework of the organisation",
  "joint military drills on a larger scale", "the budget for next year", "talks on trade and energy",
  "new rules for the border", "its defence and military industries", "the plan to build new schools",
  "measures against terrorism, separatism and extremism", "support for small farmers", "the agreement signed in March",
];
const TAILS = ["in the coming months", "as soon as possible", "despite the criticism", "after the elections", "within the next year", "without preconditions"];
const SAY = ["said", "told reporters", "added", "noted", "stressed", "warned", "explained", "insisted"];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the generated articles (join them with "\n\n" for one long document). */
export function generateNewsText(options: GenerateNewsTextOptions): string[] {
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const articleChars = options.articleChars ?? 3000;
  const clause = (): string => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
  const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < options.bytes) {
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = person.split(" ")[1] ?? person;
    const role = pick(ROLES);
    const outlet = pick(OUTLETS);
    const paragraphs: string[] = [
      `${capital(clause())}, ${role} says`,
      `${pick(PLACES)}, ${pick(MONTHS)} ${1 + Math.floor(random() * 28)} (${pick(["EFE", "Reuters", "AP", "AFP"])}) - ${capital(clause())}, ${role} ${person} said on ${pick(["Monday", "Tuesday", "Friday"])}.`,
    ];
    let length = paragraphs.join("\n\n").length;
    while (length < articleChars) {
      const kind = Math.floor(random() * 8);
      let p: string;
      if (kind === 0) p = `“We ${pick(VERBS)} ${pick(OBJECTS)},” ${surname} ${pick(SAY)}. “${capital(clause())}.”`;
      else if (kind === 1) p = `${capital(role)} ${person} ${pick(SAY)}: “${capital(clause())}, and ${clause()}.”`;
      else if (kind === 2) p = `${surname} said that ${clause()}, and that ${clause()}.`;
      else if (kind === 3) p = `${capital(clause())}, according to ${outlet}.`;
      else if (kind === 4) p = `“${capital(clause())},” ${pick(["he", "she"])} told ${outlet}, “but ${clause()}.”`;
      else if (kind === 5) p = `According to the state-run ${outlet} agency, ${clause()}. ${capital(clause())}.`;
      else if (kind === 6) p = `${capital(clause())}. ${capital(clause())}, while ${clause()}.`;
      else p = `The ${pick(["report", "statement", "article"])} said ${clause()} ‘${pick(OBJECTS)}’ ${pick(TAILS)}.`;
      paragraphs.push(p);
      length += p.length + 2;
    }
    const article = paragraphs.join("\n\n");
    articles.push(article);
    bytes += Buffer.byteLength(article, "utf8");
  }
  return articles;
}
