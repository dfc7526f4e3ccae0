import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import { ENGLISH_STOPWORDS } from "../lexicon/language-stopwords.ts";

export interface DetectedLanguage {
  /** ISO 639-1 code ("en"), or "und" when undetermined */
  language: string;
  /** "stopwords" (fast English check), "script" (Han, Kana or Hangul letters), "franc" (trigram model), or "too-short" */
  method: "stopwords" | "script" | "franc" | "too-short";
}

const SAMPLE = 3000;
/**
 * Words of up to six letters (a-z and ') are looked up as numbers: five bits a letter, a=1 ... z=26,
 * '=27 (no zero, so lengths do not collide), which stays a small integer: no string is made for them.
 */
const CODE_LETTERS = 6;
function letterCode(lower: number): number {
  return lower === 39 || lower === 0x2019 ? 27 : lower - 96;
}
function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + letterCode(word.charCodeAt(i));
  return code;
}
const STOPWORD_CODES: ReadonlySet<number> = new Set([...ENGLISH_STOPWORDS].filter((w) => w.length <= CODE_LETTERS).map(wordCode));
/** longer words are looked up as strings while shorter than this; longer still are no function word */
const KEY_LETTERS = Math.max(...[...ENGLISH_STOPWORDS].map((w) => w.length)) + 1;
const LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
  // General Punctuation (curly quotes, dashes, spaces) has no letters: no regex for the commonest non-ASCII characters of English text
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * The language of an article's cleaned body. English news text is recognised by its share of
 * English function words (over a third of the words; other Latin-script languages stay well under
 * a tenth), which costs a few microseconds; everything else goes to franc-min's trigram model on a
 * 2,000-character sample (about 1.5 ms). Text written mostly in Chinese, Japanese or Korean
 * letters is told by its script first, however short (franc-min needs 20 characters and names
 * Mandarin "cmn"). All look at a bounded sample, so cost does not grow with length.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Words of ASCII letters (and apostrophes) by a hand loop: a Unicode-aware regex costs 5x more here.
  let words = 0;
  let english = 0;
  // the current word is sample[wordStart, i) (-1: none), `key` its number while it has at most CODE_LETTERS letters
  let wordStart = -1;
  let key = 0;
  let letters = 0;
  let asciiLetters = 0;
  let otherLetters = 0;
  const cjk = { han: 0, kana: 0, hangul: 0 };
  // (stops once a fifth of 400 words are function words: the test below then holds whatever follows)
  // (read from `text` itself, up to the sample's length: a slice is a sliced string, slower to read)
  const n = sample.length;
  for (let i = 0; i <= n && words < 400 && english < 80; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || ((c === 39 || c === 0x2019) && wordStart >= 0)) {
      if (wordStart < 0) wordStart = i;
      if (letters < CODE_LETTERS) key = key * 32 + letterCode(lower);
      letters++;
      asciiLetters++;
    } else if (c > 127 && isLetter(c)) {
      if (wordStart < 0) wordStart = i;
      letters = 99; // a word with non-ASCII letters is never an English function word
      otherLetters++;
      countCjk(c, cjk);
    } else if (wordStart >= 0) {
      words++;
      if (letters <= CODE_LETTERS ? STOPWORD_CODES.has(key) : letters < KEY_LETTERS && ENGLISH_STOPWORDS.has(foldWord(text, wordStart, i))) english++;
      wordStart = -1;
      key = 0;
      letters = 0;
    }
  }
  if (words >= 12 && english / words >= 0.2) return { language: "en", method: "stopwords" };
  const cjkLetters = cjk.han + cjk.kana + cjk.hangul;
  if (cjkLetters >= 2 && cjkLetters * 2 >= asciiLetters + otherLetters) {
    // Japanese mixes Kana with Han; Korean is Hangul with the odd Han word; Chinese is Han alone.
    const language = cjk.kana * 10 >= cjkLetters ? "ja" : cjk.hangul >= cjk.han ? "ko" : "zh";
    return { language, method: "script" };
  }
  if (sample.replace(/\s+/g, "").length < 40) return { language: "und", method: "too-short" };
  const code = franc(sample.slice(0, 2000), { minLength: 20 });
  if (code === "und") return { language: "und", method: "franc" };
  return { language: code === "cmn" ? "zh" : (iso6393To1[code] ?? code), method: "franc" };
}

/** sample[start, end) (ASCII letters and apostrophes) in lower case, with ’ written ' */
function foldWord(sample: string, start: number, end: number): string {
  let word = "";
  for (let i = start; i < end; i++) {
    const c = sample.charCodeAt(i);
    word += c === 0x2019 ? "'" : String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return word;
}

/** Counts a letter of the Han, Kana or Hangul blocks (BMP; letters beyond it are counted as other letters). */
function countCjk(c: number, cjk: { han: number; kana: number; hangul: number }): void {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) cjk.han++;
  else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) cjk.kana++;
  else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) cjk.hangul++;
}
