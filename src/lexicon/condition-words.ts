/** Words that make a statement conditional: cutting one off changes what was promised. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set([
  "if", "unless", "provided", "providing", "until", "except", "only", "whether", "otherwise", "lest",
]);
