import { setSource } from "../build-attribution.ts";
import { parseNounPhrase } from "../parse-noun-phrase.ts";
import type { CueMatch, CueRule, Scan, Token } from "../types.ts";

/**
 * "X told Sputnik", "informed Reuters": an agency, outlet or publication told is the channel the
 * sentence credits. Records the credit and never decides: the next rules build the attribution.
 */
export const toldChannel: CueRule = { name: "told-channel", build: creditToldChannel };

function creditToldChannel(sc: Scan, c: CueMatch): false {
  const { text, tokens } = sc;
  const { cue, cueLast } = c;
  const t = tokens[c.cueFirst] as Token;
  if (cue.lemma === "tell" || cue.lemma === "inform") {
    const obj = parseNounPhrase(tokens, cueLast + 1, "forward");
    if (obj && (obj.kind === "agency" || obj.kind === "media" || obj.kind === "publication")) {
      setSource(sc, obj.agency ?? text.slice(obj.start, obj.end).replace(/^the\s+/, ""), t.start, obj.end);
    }
  }
  return false;
}
