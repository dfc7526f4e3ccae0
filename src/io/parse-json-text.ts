import { repairLoneSurrogates } from "./repair-lone-surrogates.ts";

/** A parsed JSON value, with the number of lone surrogates replaced by U+FFFD; or why it is malformed. */
export type ParsedJsonText = { value: unknown; repaired: number } | { reason: string };

// A lone surrogate can only come from a \uD800-\uDFFF escape (the bytes were strict UTF-8), so
// well-formed files skip the repair walk.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** JSON.parse with lone surrogates repaired (see repairLoneSurrogates); `what` names the input in the reason. */
export function parseJsonText(text: string, what: "JSON" | "JSON line"): ParsedJsonText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: `malformed ${what}: ${(error as Error).message}` };
  }
  return SURROGATE_ESCAPE.test(text) ? repairLoneSurrogates(value) : { value, repaired: 0 };
}
