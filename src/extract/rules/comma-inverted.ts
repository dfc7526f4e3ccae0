import { attr } from "../build-attribution.ts";
import { clip, SPAN } from "../find-content.ts";
import { opensClause } from "../find-subject.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { Attribution, CueMatch, CueRule, Scan } from "../types.ts";

/**
 * "China is ready ..., said Minister Li": after a comma, a cue followed by its subject (not by a
 * clause, not by "that"); the content is before the comma. Not for object verbs ("told").
 */
export const commaInverted: CueRule = { name: "comma-inverted", build: buildCommaInverted };

function buildCommaInverted(sc: Scan, c: CueMatch): Attribution | false {
  const { tokens, contentFloor } = sc;
  const { cueLast: last, cue, before: j } = c;
  const prev = tokens[j];
  if (!prev || prev.text !== ",") return false;
  // "China is ready ..., said Minister Li" -> content before the comma
  const np = cue.object ? null : parseNounPhrase(tokens, last + 1, "forward");
  const after = np ? tokens[np.last + 1] : undefined;
  if (!(np && !opensClause(sc, np) && after?.lower !== "that")) return false;
  const content = clip(contentFloor, prev.start, tokens, Math.max(0, j - SPAN), j);
  return attr(c, "inverted", np, content);
}
