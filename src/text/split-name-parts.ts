/**
 * The lower-cased parts of a name, dots dropped ("Harry J. Kazianis" -> ["harry", "j", "kazianis"]):
 * the same as `name.toLowerCase().replace(/\./g, "").split(/\s+/).filter((x) => x.length > 0)`,
 * in one pass without the regexes and the intermediate strings.
 */
export function splitNameParts(name: string): string[] {
  const lower = name.toLowerCase();
  const parts: string[] = [];
  let part = "";
  // the current part is lower[from, i) while it has no dot; `part` holds it once a dot was dropped
  let from = -1;
  let dotted = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isJsSpace(c)) {
      if (from >= 0) {
        const word = dotted ? part + lower.slice(from, i) : lower.slice(from, i);
        if (word.length > 0) parts.push(word);
      }
      from = -1;
      dotted = false;
      part = "";
    } else if (c === 46) {
      // a dot ends the current piece; the part goes on after it ("j.r." -> "jr")
      if (from >= 0) part += lower.slice(from, i);
      dotted = true;
      from = i + 1;
    } else if (from < 0) {
      from = i;
    }
  }
  return parts;
}

/** the characters of the regex class \s */
function isJsSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
