import type { SpeakerType } from "../model/quote.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { parseNamedPerson } from "../text/parse-named-person.ts";
import { parsePersonName, type PersonName } from "../text/parse-person-name.ts";

/**
 * Wordings the matcher compares. Mentions with the same speaker and the same match words share
 * one key (verbatim, typography, case and spelling variants collapse here), so the expensive
 * comparisons run on distinct wordings, not on mentions.
 */
export interface MatchKey {
  /** words joined by " ", prefixed by the speaker key; unique per key */
  text: string;
  /** word ids (see KeyTable.vocab) */
  words: Int32Array;
  /** speaker id, -1 when unknown */
  speaker: number;
  /** the speaker when it names a person (resolved within the article: "he" may be Donald Trump); stories and agreement read it */
  person: PersonName | null;
  /**
   * the person as the words written at the quote name them (see parseNamedPerson): confidently
   * named; only two different such persons block a match. Null for a pronoun or role noun.
   */
  named: PersonName | null;
  /** day numbers (days since 1970-01-01) of the dated mentions; NaN when none is dated */
  minDay: number;
  maxDay: number;
  /** some mention carrying this wording is undated (no window applies) */
  undated: boolean;
  /** every mention carrying it is an indirect claim */
  indirect: boolean;
  /** distinct article indices, ascending */
  articles: number[];
  /** too short to be matched as a whole statement (each such mention gets its own key); it may still join a longer quote as a fragment */
  short: boolean;
  /** some mention carrying it is written like a title or headline ("From Hope to Higher Ground") */
  title: boolean;
  /** content words (not match stop words, 3+ letters); set by clusterKeys */
  content: number;
  /** carries a mention being added in this run (incremental matching) */
  fresh: boolean;
}

export interface KeyEntry {
  speaker: string | null;
  /** extraction's speaker type; an organisation, document or group never names a person */
  speakerType?: SpeakerType | null;
  /** the speaker as written at the quote (see MatchableMention.speakerMention) */
  speakerMention?: string | null;
  words: readonly string[];
  /** YYYY-MM-DD or null */
  date: string | null;
  indirect: boolean;
  articleId: string;
  /** caller's handle, used to make short quotes' keys unique */
  id: string;
  fresh: boolean;
  /** the quote is written like a title or headline (every content word capitalised) */
  title?: boolean;
  /** gets a key of its own even when another entry has the same speaker and words (a cannotLink side) */
  alone?: boolean;
}

export interface KeyTable {
  keys: MatchKey[];
  /** entry index -> key index */
  keyOfEntry: Int32Array;
  vocab: Map<string, number>;
  /** speaker key -> id */
  speakers: Map<string, number>;
  /** article index (MatchKey.articles) -> article id */
  articleIds: string[];
}

/**
 * Entries made one at a time as the table reads them (`entry(i)` for i < `length`): a million
 * entries made at once all outlive the young generation and are copied into the old one, where
 * each is read only once.
 */
export interface KeyEntrySource {
  length: number;
  entry(index: number): KeyEntry;
}

/** Groups entries into keys (see MatchKey), in entry order. */
export function buildKeyTable(entries: readonly KeyEntry[] | KeyEntrySource, minWords: number): KeyTable {
  const vocab = new Map<string, number>();
  const speakers = new Map<string, number>();
  const articles = new Map<string, number>();
  const byText = new Map<string, number>();
  const keys: MatchKey[] = [];
  const keyOfEntry = new Int32Array(entries.length);
  const days = new Map<string, number>();
  const entryAt = Array.isArray(entries) ? (i: number): KeyEntry => (entries as readonly KeyEntry[])[i] as KeyEntry : (i: number): KeyEntry => (entries as KeyEntrySource).entry(i);
  for (let index = 0; index < entries.length; index++) {
    const entry = entryAt(index);
    const nameKey = entry.speaker === null ? "" : makeNameKey(entry.speaker);
    const isPerson = entry.speakerType === undefined || entry.speakerType === null || entry.speakerType === "person";
    // an organisation or document speaker is never compared as a person of the same spelling
    const speakerKey = nameKey === "" || isPerson ? nameKey : `${entry.speakerType}:${nameKey}`;
    let speaker = -1;
    if (speakerKey !== "") {
      const known = speakers.get(speakerKey);
      if (known === undefined) speakers.set(speakerKey, (speaker = speakers.size));
      else speaker = known;
    }
    const short = entry.words.length < minWords;
    const text = `${speakerKey}\u0001${entry.words.join(" ")}${short || entry.alone === true ? `\u0002${entry.id}` : ""}`;
    let article = articles.get(entry.articleId);
    if (article === undefined) articles.set(entry.articleId, (article = articles.size));
    let day = Number.NaN;
    if (entry.date !== null) {
      // a run has few distinct dates
      const known = days.get(entry.date);
      day = known ?? toDay(entry.date);
      if (known === undefined) days.set(entry.date, day);
    }
    let k = byText.get(text);
    if (k === undefined) {
      k = keys.length;
      byText.set(text, k);
      const words = new Int32Array(entry.words.length);
      entry.words.forEach((w, i) => {
        let id = vocab.get(w);
        if (id === undefined) {
          id = vocab.size;
          vocab.set(w, id);
        }
        words[i] = id;
      });
      const person = isPerson && entry.speaker !== null ? parsePersonName(entry.speaker) : null;
      const named = person !== null && entry.speaker !== null ? parseNamedPerson(entry.speaker, entry.speakerMention) : null;
      keys.push({ text, words, speaker, person, named, minDay: day, maxDay: day, undated: Number.isNaN(day), indirect: entry.indirect, articles: [article], short, title: entry.title === true, content: 0, fresh: entry.fresh });
    } else {
      const key = keys[k];
      if (key !== undefined) {
        if (Number.isNaN(day)) key.undated = true;
        else {
          if (!(key.minDay <= day)) key.minDay = day;
          if (!(key.maxDay >= day)) key.maxDay = day;
        }
        key.indirect &&= entry.indirect;
        key.fresh ||= entry.fresh;
        key.title ||= entry.title === true;
        // the fullest naming of any mention carrying the wording (order-independent)
        if (key.person !== null && entry.speaker !== null && (key.named === null || key.named.given === "")) {
          const named = parseNamedPerson(entry.speaker, entry.speakerMention);
          if (named !== null && (key.named === null || named.given !== "")) key.named = named;
        }
        if (key.articles[key.articles.length - 1] !== article) key.articles.push(article);
      }
    }
    keyOfEntry[index] = k;
  }
  for (const key of keys) {
    if (key.articles.length > 1) key.articles = [...new Set(key.articles)].sort((x, y) => x - y);
  }
  return { keys, keyOfEntry, vocab, speakers, articleIds: [...articles.keys()] };
}

function toDay(date: string): number {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / 86_400_000);
}
