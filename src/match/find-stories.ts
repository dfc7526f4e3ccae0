import type { SpeakerType } from "../model/quote.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import type { PersonName } from "../text/parse-person-name.ts";
import { toSpeakerPerson } from "../text/to-speaker-person.ts";

/** What stories are read from: each mention's article, page date and speaker as extracted. */
export interface StoryMention {
  articleId: string;
  /** earliest known date (YYYY-MM-DD or null) */
  date: string | null;
  /** the page date; the story day is the page date when known, else `date` (as toKeyEntry) */
  pageDate?: string | null;
  speaker: string | null;
  speakerType?: SpeakerType | null;
}

/**
 * Which articles report one event: a quoted fragment joins only a quote of its own story, and a
 * bare surname is read against the full names of its story.
 */
export interface Stories {
  /** articles `a` and `b` (ids) are in one story */
  same(a: string, b: string): boolean;
  /**
   * the persons named in full in the story of article `a` with the family or given name `word`
   * (folded as parsePersonName folds it): name key -> its first spelling in code-point order
   * there; the search stops at two (a bare name with two candidates stays as it is, whatever a third
   * says), so a map of two or more is not complete.
   */
  fullNames(a: string, word: string): ReadonlyMap<string, string>;
}

/**
 * Stories, found before matching from the articles' own speakers and page dates. Two articles are
 * in one story when they are one article, or quote persons sharing a name word on pages at most
 * `storyDays` apart, where the word is a family name (a bare name counts as one) in at least one
 * of them: "Li" and "Li Shangfu", "Shangfu" and "Li Shangfu", "Jin Smith" and "Ann Smith" relate,
 * "John Smith" and "John Doe" do not. A given name shared by two full names is no evidence of one
 * event: at a year of news's density every "John" of a fortnight was one story, so a new article's
 * story held a fifth of the corpus (README "A year of news") and a bare "John" found two full
 * names anyway. The store looks stories up by the same rule (src/text/to-story-keys.ts). The relation is read
 * between the two articles themselves, never chained: chained through common family names and
 * stock phrases (shared wordings also joined stories then), "stories" became one component holding
 * nearly the whole corpus (768 of 799 articles of the workers' benchmark), so a full name printed
 * in one year confirmed a bare surname of another, and a new article changed the meaning of
 * articles far outside an incremental match's scope (incremental != rebuild). So an article's
 * story depends only on itself and the articles within `storyDays` quoting its name words: what
 * the candidate index can load for any article (Store.loadMatchScope), and the same in a rebuild.
 */
export function findStories(mentions: readonly StoryMention[], storyDays: number): Stories {
  /** article id -> its day (NaN when undated), its persons' family and given names, its full names, fullNames' answers for it by word */
  const articles = new Map<string, StoryArticle>();
  // a run has few distinct dates and speakers: each is read once
  const days = new Map<string, number>();
  const persons = new Map<string, PersonName | null>();
  for (const m of mentions) {
    let article = articles.get(m.articleId);
    if (article === undefined) articles.set(m.articleId, (article = { day: Number.NaN, family: [], given: [], full: [], memo: null }));
    const date = m.pageDate ?? m.date;
    if (date !== null) {
      let day = days.get(date);
      if (day === undefined) days.set(date, (day = toDay(date)));
      if (!Number.isNaN(day) && !(article.day <= day)) article.day = day;
    }
    if (m.speaker === null) continue;
    const type = m.speakerType ?? null;
    const slot = type === null || type === "person" ? m.speaker : `${type}\u0001${m.speaker}`;
    let person = persons.get(slot);
    if (person === undefined) persons.set(slot, (person = toSpeakerPerson(m.speaker, type)));
    if (person === null) continue;
    if (!article.family.includes(person.family)) article.family.push(person.family);
    if (person.given === "") continue;
    if (!article.given.includes(person.given)) article.given.push(person.given);
    if (!article.full.some((f) => f.spelling === m.speaker)) article.full.push({ person, key: makeNameKey(m.speaker), spelling: m.speaker });
  }
  /** name word -> dated articles naming a person in full with it, by day */
  const fullByWord = new Map<string, { id: string; day: number; article: StoryArticle }[]>();
  for (const [id, article] of articles) {
    if (Number.isNaN(article.day)) continue;
    for (const { person } of article.full) {
      for (const w of [person.family, person.given]) {
        const list = fullByWord.get(w);
        if (list === undefined) fullByWord.set(w, [{ id, day: article.day, article }]);
        else if (list[list.length - 1]?.id !== id) list.push({ id, day: article.day, article });
      }
    }
  }
  for (const list of fullByWord.values()) if (list.length > 1) list.sort((x, y) => x.day - y.day || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const none: ReadonlyMap<string, string> = new Map();

  return {
    same(a, b) {
      if (a === b) return true;
      const x = articles.get(a);
      const y = articles.get(b);
      if (x === undefined || y === undefined || !(Math.abs(x.day - y.day) <= storyDays)) return false;
      // a family name of one in a name word of the other
      for (const w of x.family) if (y.family.includes(w) || y.given.includes(w)) return true;
      for (const w of x.given) if (y.family.includes(w)) return true;
      return false;
    },
    fullNames(a, word) {
      const article = articles.get(a);
      if (article === undefined) return none;
      const known = article.memo?.get(word);
      if (known !== undefined) return known;
      const out = new Map<string, string>();
      // `word` relates `a` to another article's full name when it is a family name in one of them
      const anyRole = article.family.includes(word);
      const add = (id: string, of: StoryArticle): void => {
        for (const { person, key, spelling } of of.full) {
          if (person.family !== word && (person.given !== word || !(anyRole || id === a))) continue;
          const first = out.get(key);
          if (first === undefined || first > spelling) out.set(key, spelling);
        }
      };
      add(a, article);
      const dated = fullByWord.get(word);
      if (dated !== undefined && !Number.isNaN(article.day) && (anyRole || article.given.includes(word))) {
        // the first article dated at least day - storyDays
        let lo = 0;
        let hi = dated.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((dated[mid]?.day ?? 0) < article.day - storyDays) lo = mid + 1;
          else hi = mid;
        }
        for (let p = lo; p < dated.length && out.size < 2; p++) {
          const next = dated[p];
          if (next === undefined || next.day > article.day + storyDays) break;
          if (next.id !== a) add(next.id, next.article);
        }
      }
      const result = out.size === 0 ? none : out;
      (article.memo ??= new Map()).set(word, result);
      return result;
    },
  };
}

interface StoryArticle {
  day: number;
  family: string[];
  given: string[];
  full: { person: PersonName; key: string; spelling: string }[];
  /** fullNames' answers for this article, by word (null until asked) */
  memo: Map<string, ReadonlyMap<string, string>> | null;
}

function toDay(date: string): number {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / 86_400_000);
}
