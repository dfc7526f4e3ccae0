import { describe, expect, it } from "vitest";
import { AGENCIES } from "../../src/lexicon/agencies.ts";
import { findOutletByDomain } from "../../src/lexicon/outlet-domains.ts";
import { findOutletByName } from "../../src/lexicon/outlet-names.ts";
import { OUTLETS, listOutlets } from "../../src/lexicon/outlets.ts";

describe("outlet lexicon", () => {
  it.each([
    ["www.laprensalatina.com", "La Prensa Latina", "newspaper"],
    ["https://pdf.defence.pk/threads/x.773637/", "Pakistan Defence", "forum"],
    ["defence.pk", "Pakistan Defence", "forum"],
    ["islamtimes.org", "Islam Times", "newspaper"],
    ["www.islamtimes.com", "Islam Times", "newspaper"],
    ["urdupoint.com", "UrduPoint", "newspaper"],
    ["www.middleeastmonitor.com", "Middle East Monitor", "newspaper"],
    ["tass.ru", "TASS", "agency"],
    ["english.news.cn", "Xinhua", "agency"],
    ["www.bbc.co.uk", "BBC", "broadcaster"],
    ["en.mehrnews.com", "Mehr", "agency"],
    ["www.ptinews.com", "PTI", "agency"], // only in agencies.ts: found through the fallback
  ])("%s -> %s (%s)", (domain, name, kind) => {
    expect(findOutletByDomain(domain)).toMatchObject({ name, kind });
  });

  it("does not match a domain by a mere suffix of its name, nor a bare TLD", () => {
    expect(findOutletByDomain("notreuters.com")).toBeNull();
    expect(findOutletByDomain("com")).toBeNull();
    expect(findOutletByDomain("example.org")).toBeNull();
  });

  it("finds outlets by name and alias, case-insensitively, ignoring a leading 'The'", () => {
    expect(findOutletByName("Tass")?.name).toBe("TASS");
    expect(findOutletByName("The Associated Press")?.name).toBe("AP");
    expect(findOutletByName("Jerusalem Post")?.name).toBe("The Jerusalem Post");
    expect(findOutletByName("MNA")?.name).toBe("Mehr");
    expect(findOutletByName("Pakistan Point News")?.name).toBe("UrduPoint");
    expect(findOutletByName("Persian Newsletter")).toBeNull();
  });

  it("uses the same canonical names as the extraction stage's agency list for shared domains", () => {
    for (const agency of AGENCIES) {
      for (const domain of agency.domains) expect([domain, findOutletByDomain(domain)?.name]).toEqual([domain, agency.name]);
    }
  });

  it("has unique names and domains, with a kind and a country for every curated entry", () => {
    const names = listOutlets().map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const domains = OUTLETS.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const o of OUTLETS) expect(o.country, o.name).toMatch(/^[A-Z]{2}$/);
  });
});
