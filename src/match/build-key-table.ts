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

/**
 * Groups entries into keys (see MatchKey), in entry order. Keys are found by their speaker and
 * word ids (hashed), not by their text: a million entries' texts joined and hashed cost seconds and
 * a few hundred megabytes; a key's `text` is joined when read (the clustering's tie-breaks read a
 * few). The keys' words are views into a few large arrays, not a buffer each.
 */
export function buildKeyTable(entries: readonly KeyEntry[] | KeyEntrySource, minWords: number): KeyTable {
  const vocab = new Map<string, number>();
  /** word id -> word */
  const names: string[] = [];
  const speakers = new Map<string, number>();
  const articles = new Map<string, number>();
  /** hash of (speaker, word ids) -> the first key of that hash; sameHash chains the others */
  const byHash = new Map<number, number>();
  const sameHash: number[] = [];
  const keys: TableKey[] = [];
  const keyOfEntry = new Int32Array(entries.length);
  const days = new Map<string, number>();
  const arena = new WordArena();
  let ids = new Int32Array(64);
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
    // a short wording or a cannotLink side is a key of its own
    const unique = short || entry.alone === true;
    // word ids: a word new to the table is met first in an entry that makes a new key (an entry
    // of an existing key has its words), so ids are given in the order the keys' words are read
    const length = entry.words.length;
    if (length > ids.length) ids = new Int32Array(Math.max(length, ids.length * 2));
    let hash = (speaker + 2) | 0;
    for (let i = 0; i < length; i++) {
      const w = entry.words[i] ?? "";
      let id = vocab.get(w);
      if (id === undefined) {
        id = names.length;
        vocab.set(w, id);
        names.push(w);
      }
      ids[i] = id;
      hash = Math.imul(hash ^ id, 0x01000193) ^ (hash >>> 15);
    }
    let article = articles.get(entry.articleId);
    if (article === undefined) articles.set(entry.articleId, (article = articles.size));
    let day = Number.NaN;
    if (entry.date !== null) {
      // a run has few distinct dates
      const known = days.get(entry.date);
      day = known ?? toDay(entry.date);
      if (known === undefined) days.set(entry.date, day);
    }
    let k = -1;
    if (!unique) {
      for (let c = byHash.get(hash) ?? -1; c >= 0; c = sameHash[c] ?? -1) {
        if (sameWording(keys[c] as TableKey, speaker, ids, length)) {
          k = c;
          break;
        }
      }
    }
    if (k < 0) {
      k = keys.length;
      sameHash.push(-1);
      if (!unique) {
        const first = byHash.get(hash);
        if (first === undefined) byHash.set(hash, k);
        else {
          // appended to the chain: its keys stay in key order
          let last = first;
          while ((sameHash[last] ?? -1) >= 0) last = sameHash[last] ?? -1;
          sameHash[last] = k;
        }
      }
      const person = isPerson && entry.speaker !== null ? parsePersonName(entry.speaker) : null;
      const named = person !== null && entry.speaker !== null ? parseNamedPerson(entry.speaker, entry.speakerMention) : null;
      keys.push(new TableKey(names, speakerKey, unique ? entry.id : null, arena.copy(ids, length), speaker, person, named, day, Number.isNaN(day), entry.indirect, article, short, entry.title === true, entry.fresh));
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

/** the key has this speaker and these words (and is not a key of its own) */
function sameWording(key: TableKey, speaker: number, ids: Int32Array, length: number): boolean {
  if (key.speaker !== speaker || key.words.length !== length || key.unique !== null) return false;
  const words = key.words;
  for (let i = 0; i < length; i++) if (words[i] !== ids[i]) return false;
  return true;
}

/** A key of the table; its text is joined from its speaker key and words when read. */
class TableKey implements MatchKey {
  minDay: number;
  maxDay: number;
  articles: number[];
  content = 0;

  constructor(
    private readonly names: readonly string[],
    private readonly speakerKey: string,
    /** the entry id of a key of its own (short, or a cannotLink side), else null */
    readonly unique: string | null,
    public words: Int32Array,
    public speaker: number,
    public person: PersonName | null,
    public named: PersonName | null,
    day: number,
    public undated: boolean,
    public indirect: boolean,
    article: number,
    public short: boolean,
    public title: boolean,
    public fresh: boolean,
  ) {
    this.minDay = day;
    this.maxDay = day;
    this.articles = [article];
  }

  get text(): string {
    let words = "";
    for (let i = 0; i < this.words.length; i++) words += (i === 0 ? "" : " ") + (this.names[this.words[i] ?? 0] ?? "");
    return `${this.speakerKey}\u0001${words}${this.unique === null ? "" : `\u0002${this.unique}`}`;
  }
}

/** Int32Arrays cut from large blocks: a million keys' words without a million buffers. */
class WordArena {
  private block = new Int32Array(0);
  private used = 0;

  /** a view holding ids[0 .. length) */
  copy(ids: Int32Array, length: number): Int32Array {
    if (this.used + length > this.block.length) {
      this.block = new Int32Array(Math.max(length, 1 << 18));
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + length);
    out.set(ids.subarray(0, length));
    this.used += length;
    return out;
  }
}

function toDay(date: string): number {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / 86_400_000);
}
