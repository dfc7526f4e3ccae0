/**
 * Text made safe for a double-quoted Mermaid label (`n1["..."]`, `-->|"..."|`): whitespace
 * (newlines included) folds to one space and every character outside letters, digits, space and
 * `, . : ! ? ' ( ) / - _ +` becomes Mermaid's entity code `#<decimal>;` — quotes, brackets, pipes,
 * semicolons, `#`, backticks and angle brackets can then neither end the label nor the statement.
 */
export function escapeMermaidLabel(text: string): string {
  const folded = text.replace(/\s+/g, " ").trim();
  let out = "";
  for (const char of folded) {
    out += /^[\p{L}\p{N} ,.:!?'()/\-_+]$/u.test(char) ? char : `#${char.codePointAt(0) ?? 63};`;
  }
  return out;
}
