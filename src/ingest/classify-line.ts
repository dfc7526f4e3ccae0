import { endsSentence } from "./ends-sentence.ts";
import { NOT_TLD_EXTENSIONS } from "../lexicon/file-extensions.ts";
import { PAGE_CHROME_LABELS, PAGE_CHROME_PREFIXES } from "../lexicon/page-chrome-labels.ts";
import { CAPTION_LEAD, CAPTION_PAREN_CREDIT, CREDIT_LINE, CREDIT_WORDS, PAGE_META, TEASER } from "../lexicon/line-lead-words.ts";

/**
 * What a single line says about itself, before context is taken into account.
 * Roles (not region kinds yet): classify-regions turns them into regions using the neighbours.
 */
export type LineRole =
  | "date-line"      // " date 2023-08-15" (crawler's first line)
  | "chrome"         // site / forum chrome, share prompts, reply forms
  | "list-heading"   // a heading that opens a list of links ("Similar threads", "Featured Stories")
  | "profile-label"  // a forum profile label whose value follows on the next line ("Joined")
  | "teaser"         // "READ: ...", "OPINION: ..."
  | "counter"        // a bare number, "0 comment", "Replies 14"
  | "image-file"     // "d18f...-780x470.jpg"
  | "photo-caption"  // "Photo: ...", "... [Russian Defence Ministry/Anadolu Agency]"
  | "date"           // a line that is only a date (with time, category)
  | "byline"         // "By Jane Doe", "Jane Doe Published August 18, 2023"
  | "page-meta"      // "Story Code : 1055216"
  | "domain"         // a bare domain or URL: "www.laprensalatina.com"
  | "credit-line";   // "Original News: https://...", "Source: ..." (kept in the body: extraction reads it)

export interface LineClass {
  role: LineRole;
  /** Region.reason to use ("forum-chrome", "share-prompt", ...) */
  reason: string;
}

const LABELS = new Map<string, LineClass>();
function label(role: LineRole, reason: string, ...names: string[]): void {
  for (const name of names) LABELS.set(name, { role, reason });
}
for (const group of PAGE_CHROME_LABELS) label(group.role, group.reason, ...group.labels);
/** PAGE_CHROME_PREFIXES by their first character, each list in the lexicon's order: a line is compared with the few that can match */
const PREFIXES_BY_FIRST_CHAR = new Map<string, (readonly [string, string])[]>();
for (const entry of PAGE_CHROME_PREFIXES) {
  const list = PREFIXES_BY_FIRST_CHAR.get(entry[0].charAt(0));
  if (list) list.push(entry);
  else PREFIXES_BY_FIRST_CHAR.set(entry[0].charAt(0), [entry]);
}


// months with either case of the first letter, so that patterns without the "i" flag can use them
const MONTH = "(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)";
const DATE_CORE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const DATE_LED = new RegExp(
  `^(?:(?:published|updated|last updated|posted|date)\\s*(?:on)?\\s*:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?${DATE_CORE}\\b`, "i");
// "Sumaira FH Published August 18, 2023 | 06:10 PM": a capitalised name, then the date
const BYLINE_DATE = new RegExp(`^\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}.'’-]{0,30}){0,4}\\s{1,3}(?:[Pp]ublished|[Pp]osted|[Uu]pdated|PUBLISHED|POSTED|UPDATED)\\s{0,3}(?:on)?\\s{0,3}:?\\s{0,3}${DATE_CORE}`, "u");
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and|&|\|)\s*.{0,80})?$/u;
const COUNTER = [
  /^[-+]?\d[\d,.]{0,12}\s?[km]?$/i,
  /^\d{1,7}\s+(?:comments?|replies|reply|views|likes|shares|reactions)$/i,
  /^(?:comments?|replies|views|likes|shares|reactions)\s*[:(]?\s*\d[\d,.]{0,12}\s?[km]?\)?$/i,
  /^#\d{1,6}$/,
];
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:\?\S{0,200})?$/i;
const CAPTION_BRACKET_CREDIT = /\[([^[\]]{2,100})\]$/;
const DOMAIN = /^(?:https?:\/\/)?(?:www\d?\.)?[a-z0-9](?:[a-z0-9-]{0,62}\.){1,5}([a-z]{2,24})(?:[/?#][^\s]{0,1000})?\/?$/i;
const DATE_LINE = /^date\s+\d{4}-\d{2}-\d{2}$/;
const COPYRIGHT_YEAR = /^copyright\s{1,3}(?:\d{4}|©)/i;

/**
 * Classifies one trimmed line by its own text, or returns null for an ordinary line.
 * Every pattern is anchored and bounded, so this is linear in the line's length.
 */
export function classifyLine(line: string, words: number): LineClass | null {
  if (DATE_LINE.test(line)) return { role: "date-line", reason: "date-line" };
  if (line.length <= 80) {
    const key = line.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").replace(/\s*:$/, "");
    const hit = LABELS.get(key);
    if (hit) return hit;
    if (PAGE_META.test(line)) return { role: "page-meta", reason: "page-meta" };
    if (COUNTER.some((re) => re.test(line))) return { role: "counter", reason: "counter" };
  }
  const lower = line.slice(0, 60).toLowerCase();
  const sentence = endsSentence(line);
  for (const [prefix, reason] of PREFIXES_BY_FIRST_CHAR.get(lower.charAt(0)) ?? []) {
    if (lower.startsWith(prefix) && (words <= 12 || (words <= 40 && (!sentence || reason === "comment-prompt" || reason === "cookie-notice")))) return { role: "chrome", reason };
  }
  if (words <= 12 && COPYRIGHT_YEAR.test(line)) return { role: "chrome", reason: "copyright" };
  if (words <= 3 && IMAGE_FILE.test(line)) return { role: "image-file", reason: "image-file" };
  if (words === 1) {
    const domain = DOMAIN.exec(line);
    if (domain && !NOT_TLD_EXTENSIONS.has((domain[1] ?? "").toLowerCase())) return { role: "domain", reason: "domain-line" };
  }
  // (the word count first: always run, so optimised code has seen the comparison; the regex is pure)
  if (words <= 40 && CREDIT_LINE.test(line)) return { role: "credit-line", reason: "credit-line" };
  if (words <= 30 && TEASER.test(line)) return { role: "teaser", reason: "teaser" };
  if (words <= 60) {
    if (CAPTION_LEAD.test(line)) return { role: "photo-caption", reason: "photo-caption" };
    // both credit patterns are anchored at the end: test the last character before scanning the line
    const bracket = line.endsWith("]") ? CAPTION_BRACKET_CREDIT.exec(line) : null;
    if (bracket && CREDIT_WORDS.test(bracket[1] ?? "") && !/[.!?]["”’]?\s*\[[^[\]]*\]$/.test(line.slice(-110))) {
      return { role: "photo-caption", reason: "photo-caption" };
    }
    if (line.endsWith(")") && CAPTION_PAREN_CREDIT.test(line)) return { role: "photo-caption", reason: "photo-caption" };
  }
  // a date or byline line is not a sentence ("August 15, 2023 - The minister said ... ." is a paragraph)
  if (words <= 25 && !sentence) {
    if (DATE_LED.test(line)) return { role: "date", reason: "date" };
    if (BYLINE_DATE.test(line) || BYLINE.test(line)) return { role: "byline", reason: "byline" };
  }
  return null;
}
