/** Modal verbs, lower-case: "will" -> "may" changes how certain a statement is. */
export const MODAL_VERBS: ReadonlySet<string> = new Set(["will", "would", "shall", "should", "may", "might", "can", "could", "must", "ought"]);
