import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/escape-html.ts";
import { escapeMarkdown } from "../../src/report/escape-markdown.ts";
import { escapeMermaidLabel } from "../../src/report/escape-mermaid-label.ts";
import { makeSafeUrl } from "../../src/report/make-safe-url.ts";

describe("escapeHtml", () => {
  it("neutralises tags, attributes and entities", () => {
    expect(escapeHtml(`<script>alert(1)</script><img src=x onerror="a('b')">&amp;`))
      .toBe("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;amp;");
  });
  it("replaces control characters", () => {
    expect(escapeHtml("a\u0000b\u001bc")).toBe("a\ufffdb\ufffdc");
  });
});

describe("escapeMarkdown", () => {
  it("escapes pipes, brackets, backticks, asterisks, underscores, html and entities", () => {
    expect(escapeMarkdown("a | [l](u) `c` *e* _u_ <b> &amp; ~s~ $m$ !"))
      .toBe("a \\| \\[l\\](u) \\`c\\` \\*e\\* \\_u\\_ \\<b\\> \\&amp; \\~s\\~ \\$m\\$ \\!");
  });
  it("folds newlines so no line can start a block, and escapes a leading #, -, + or 1.", () => {
    expect(escapeMarkdown("# Title\n| a | b |\n- item")).toBe("\\# Title \\| a \\| b \\| - item");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
  });
  it("escapes backslashes first so an escape cannot be undone", () => {
    expect(escapeMarkdown("\\|")).toBe("\\\\\\|");
  });
});

describe("escapeMermaidLabel", () => {
  it("encodes quotes, brackets, pipes, semicolons, hashes and newlines", () => {
    const label = escapeMermaidLabel('say "hi" [x] {y} |p|; #z <b>\nnext`');
    expect(label).toBe("say #34;hi#34; #91;x#93; #123;y#125; #124;p#124;#59; #35;z #60;b#62; next#96;");
    expect(label.replace(/#\d+;/g, "")).not.toMatch(/["[\]|;<>\n`{}#]/);
  });
  it("keeps letters of any script and plain punctuation", () => {
    expect(escapeMermaidLabel("ТАСС (EFE), Li: ok!")).toBe("ТАСС (EFE), Li: ok!");
  });
});

describe("makeSafeUrl", () => {
  it("accepts http(s) and percent-encodes characters that end links or cells", () => {
    expect(makeSafeUrl("https://a.example/x?q=<b>|(c)")).toBe("https://a.example/x?q=%3Cb%3E%7C%28c%29");
  });
  it("rejects javascript:, data: and garbage", () => {
    expect(makeSafeUrl("javascript:alert(1)")).toBeNull();
    expect(makeSafeUrl("data:text/html,<script>")).toBeNull();
    expect(makeSafeUrl("not a url")).toBeNull();
    expect(makeSafeUrl(null)).toBeNull();
  });
});
