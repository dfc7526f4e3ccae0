/** Pronouns that can stand for a speaker, with the kind of antecedent they take. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, "person" | "group" | "thing"> = new Map([
  ["he", "person"], ["she", "person"], ["they", "group"], ["it", "thing"], ["we", "group"],
  ["i", "person"], ["you", "person"],
]);

/** Determiners / possessives that open a descriptive noun phrase ("the minister", "his aide"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "one", "two",
  "three", "some", "several", "many", "most", "other", "another", "our", "my", "both", "all",
]);
