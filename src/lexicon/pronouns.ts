type Antecedent = "person" | "group" | "thing";

/**
 * Every pronoun the code reads, one row each: how it is used and the kind of antecedent it takes.
 * `subject` rows can stand for a speaker ("he said"); the rest (object, possessive, relative,
 * demonstrative, indefinite) never name one.
 */
const PRONOUN_TABLE: readonly (readonly [word: string, use: "subject" | "other", antecedent: Antecedent])[] = [
  ["he", "subject", "person"], ["she", "subject", "person"], ["they", "subject", "group"], ["it", "subject", "thing"],
  ["we", "subject", "group"], ["i", "subject", "person"], ["you", "subject", "person"],
  ["him", "other", "person"], ["her", "other", "person"], ["his", "other", "person"], ["hers", "other", "person"],
  ["them", "other", "group"], ["their", "other", "group"], ["us", "other", "group"], ["our", "other", "group"],
  ["me", "other", "person"], ["who", "other", "person"], ["whom", "other", "person"], ["which", "other", "thing"],
  ["that", "other", "thing"], ["this", "other", "thing"], ["one", "other", "person"],
];

/** Pronouns that can stand for a speaker, with the kind of antecedent they take. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, Antecedent> = new Map(
  PRONOUN_TABLE.filter(([, use]) => use === "subject").map(([word, , antecedent]) => [word, antecedent]),
);

/** Every pronoun of the table, lower case: never a name (a speaker's alias "he" is not stored). */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set(PRONOUN_TABLE.map(([word]) => word));

/** Determiners / possessives that open a descriptive noun phrase ("the minister", "his aide"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "one", "two",
  "three", "some", "several", "many", "most", "other", "another", "our", "my", "both", "all",
]);
