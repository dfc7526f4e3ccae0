/**
 * Deterministic generator of news-shaped plain-text articles for benchmarks: a date line, a
 * headline, a dateline with a wire credit, paragraphs of narrative, direct quotes with cue verbs
 * and credited agencies, indirect speech, and a little page chrome.
 */
export interface GenerateNewsCorpusOptions {
  articles: number;
  seed?: number;
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

const people = [
  ["Anna", "Kovacs", "foreign minister"], ["Jon", "Ellery", "defence minister"], ["Mei", "Tanaka", "trade envoy"],
  ["Rafael", "Ortiz", "central bank governor"], ["Samira", "Haddad", "energy minister"], ["Piotr", "Nowak", "army chief"],
  ["Grace", "Mensah", "health minister"], ["Ivan", "Petrov", "deputy prime minister"], ["Lena", "Berg", "spokeswoman"],
];
const agencies = ["TASS", "Reuters", "AFP", "Xinhua", "EFE", "Anadolu", "IRNA", "Sputnik"];
const places = ["Moscow", "Beijing", "Tehran", "Ankara", "Madrid", "Berlin", "Nairobi", "Lima"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const words = ("security cooperation defence trade agreement talks framework partners region stability " +
  "exercises growth investment energy supply markets sanctions negotiations summit council treaty " +
  "infrastructure border peace dialogue reform budget inflation exports delegation ministry").split(" ");
const cues = ["said", "told reporters", "stressed", "added", "noted", "stated"];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateNewsCorpus(options: GenerateNewsCorpusOptions): GeneratedArticle[] {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const [first, last, role] = pick(people) as [string, string, string];
    const agency = pick(agencies);
    const month = Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const date = `2023-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const paragraphs: string[] = [];
    paragraphs.push(`${pick(places)}, ${months[month]} ${day} (${agency}).- The ${role} ${first} ${last} said on Tuesday that the ${phrase(4)} would continue.`);
    const quotes = 2 + Math.floor(rand() * 4);
    for (let q = 0; q < quotes; q++) {
      const body = `We will ${phrase(6 + Math.floor(rand() * 8))} with our ${phrase(3)}`;
      if (rand() < 0.5) paragraphs.push(`“${body},” ${last} ${pick(cues)}, according to ${pick(agencies)}.`);
      else paragraphs.push(`“${body},” he ${pick(cues)}.`);
      paragraphs.push(`The ${phrase(5)} was discussed at length, ${last} said, adding that ${phrase(8)} remained open.`);
      paragraphs.push(`Officials described the ${phrase(7)} as part of a wider ${phrase(4)}.`);
    }
    paragraphs.push(`Share this:\nFacebook\nTwitter`);
    const text = ` date ${date} Example News\n\n${last} on ${phrase(3)}\n\n${paragraphs.join("\n\n")}\n`;
    out.push({ name: `article-${String(i).padStart(6, "0")}.txt`, text });
  }
  return out;
}
