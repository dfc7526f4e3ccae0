import { describe, expect, it } from "vitest";
import { findPreviewDomains } from "../../src/provenance/find-preview-domains.ts";

describe("findPreviewDomains", () => {
  it("finds a bare domain line before a quote", () => {
    const text = "Story ends.\n\nwww.laprensalatina.com\n\nHeadline\n“We will continue within...";
    const found = findPreviewDomains(text, [text.indexOf("“")]);
    expect(found.map((d) => d.domain)).toEqual(["laprensalatina.com"]);
  });

  it("regression: an image file name line (seed 000's '...w-780x470.jpg') is not a relaying site", () => {
    const text = "Online News Editor\n\nd18f16b8a4b073c8ab6a6cd75519b12e3eea7d27w-780x470.jpg\n\nMoscow, Aug 15 (EFE).- “We will,” he said.";
    expect(findPreviewDomains(text, [text.indexOf("“")])).toEqual([]);
  });
});
