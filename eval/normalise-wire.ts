/**
 * Puts a wire name, gold or predicted, in one comparable form: upper case, "NA"/"None"/empty = no
 * wire (null), and the spelled-out names of the wires PolNeAR annotates mapped to their short
 * forms ("Associated Press" -> "AP"), so "reuters" and "Reuters" compare equal.
 */
const ALIASES: Readonly<Record<string, string>> = {
  "ASSOCIATED PRESS": "AP",
  "THE ASSOCIATED PRESS": "AP",
  "AGENCE FRANCE-PRESSE": "AFP",
  "AGENCE FRANCE PRESSE": "AFP",
  "UNITED PRESS INTERNATIONAL": "UPI",
  "THOMSON REUTERS": "REUTERS",
};

export function normaliseWire(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const upper = name.trim().replace(/\s+/g, " ").toUpperCase();
  if (upper === "" || upper === "NA" || upper === "N/A" || upper === "NONE") return null;
  return ALIASES[upper] ?? upper;
}
