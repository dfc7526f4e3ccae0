import { describe, expect, it } from "vitest";
import { findDateline } from "../../src/ingest/find-dateline.ts";

function dateline(paragraph: string, pageDate: string | null = "2023-08-16") {
  return findDateline(paragraph, [0], { pageDate });
}

describe("findDateline", () => {
  it.each([
    ["Moscow, Aug 15 (EFE).- China will step up cooperation.", "Moscow, Aug 15 (EFE).-", "Moscow", "2023-08-15", "EFE"],
    ["MOSCOW (Reuters) - Russia said on Tuesday ...", "MOSCOW (Reuters) -", "MOSCOW", null, "Reuters"],
    ["TEHRAN, Apr. 30 (MNA) – Iran's defense minister said ...", "TEHRAN, Apr. 30 (MNA) –", "TEHRAN", "2023-04-30", "Mehr"],
    ["WASHINGTON (AP) — The president said ...", "WASHINGTON (AP) —", "WASHINGTON", null, "AP"],
    ["BEIJING, Aug. 14 (Xinhua) -- Chinese ...", "BEIJING, Aug. 14 (Xinhua) --", "BEIJING", "2023-08-14", "Xinhua"],
    ["(Tass) — The ministry said ...", "(Tass) —", null, null, "TASS"],
    ["KYIV — Ukrainian forces said ...", "KYIV —", "KYIV", null, null],
  ])("%s", (paragraph, text, place, date, wire) => {
    const found = dateline(paragraph);
    expect(found?.dateline).toEqual({ text, start: 0, end: text.length, place, date, wire });
  });

  it("puts a date written in December on a January page in the year before", () => {
    expect(dateline("MOSCOW, Dec 30 (TASS) - Text.", "2024-01-02")?.dateline.date).toBe("2023-12-30");
  });

  it("recognises an outlet's own dateline and gives the outlet instead of a wire", () => {
    const found = dateline("BEIJING, (UrduPoint / Pakistan Point News - 18th Aug, 2023 ) :China is ready");
    expect(found?.dateline).toMatchObject({ place: "BEIJING", date: "2023-08-18", wire: null });
    expect(found?.selfOutlet?.name).toBe("UrduPoint");
    expect(dateline("Islam Times - Chinese defense minister Li has said ...")?.selfOutlet?.name).toBe("Islam Times");
  });

  it("does not take an ordinary opening for a dateline", () => {
    expect(dateline("China is ready to increase security and defense cooperation with Iran.")).toBeNull();
    expect(dateline("The Shanghai Cooperation Organization (SCO) is a group of nine countries.")).toBeNull();
    expect(dateline("Unknown Words - are not an outlet")).toBeNull();
  });
});
