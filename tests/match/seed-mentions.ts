import type { MatchableMention } from "../../src/model/family.ts";

/** Seeds-like mentions (texts from issue 4 and seeds 000, 001, 004), hand-assembled. */
export const CONTINUE_001 =
  "We will continue to strengthen the mechanism of security cooperation within the SCO, actively deepen defense collaboration with the organization's newest member Iran, as well as Belarus, which will soon become an SCO member";
export const CONTINUE_004 = CONTINUE_001.replace("organization's", "organisation's");
export const CONTINUE_000 = CONTINUE_001.replace("organization's", "organization’s").replace("an SCO", "a SCO");
export const PREVIEW_000 = "We will continue to strengthen the mechanism of security cooperation within...";
export const DRILLS_001 =
  "Beijing is ready to hold joint military drills and exercises with all countries, as well as find a wider space to hold drills and strengthen international cooperation in the field of arms control and non-proliferation";
export const DRILLS_004 =
  "Beijing is ready to hold joint military drills and exercises with all countries, as well as find a larger space to hold drills and strengthen international cooperation in the field of arms control and non-proliferation [of nuclear weapons]";
export const WEIGHTY = "It is a weighty exhibition, and the presence of Iran at it shows the depth of our defense ties";
export const CLAIM_001 = "China is ready to increase security and defense cooperation with Iran and Belarus within the framework of the SCO";

export function mention(id: string, articleId: string, outlet: string, date: string | null, text: string, speaker: string | null, extra: Partial<MatchableMention> = {}): MatchableMention {
  return { id, articleId, outlet, date, text, kind: "direct", speaker, source: null, articleCredits: [], repeatOf: null, ...extra };
}

export function seedMentions(): MatchableMention[] {
  return [
    mention("m-000-1", "a-000", "Pakistan Defence", "2023-08-15", CONTINUE_000, "Li Shangfu", { articleCredits: ["EFE"] }),
    mention("m-000-2", "a-000", "Pakistan Defence", "2023-08-15", "We remain committed to deepening practical cooperation with all partners in the region", "Li Shangfu", { source: "TASS", articleCredits: ["EFE"] }),
    mention("m-000-3", "a-000", "Pakistan Defence", "2023-08-15", PREVIEW_000, "Li Shangfu", { repeatOf: "m-000-1", articleCredits: ["EFE"] }),
    mention("m-001-1", "a-001", "Persian News", "2023-08-15", CLAIM_001, "Li Shangfu", { kind: "indirect" }),
    mention("m-001-2", "a-001", "Persian News", "2023-08-15", CONTINUE_001, "Li Shangfu", { source: "TASS" }),
    mention("m-001-3", "a-001", "Persian News", "2023-08-15", DRILLS_001, "Li Shangfu", { source: "TASS" }),
    mention("m-001-4", "a-001", "Persian News", "2023-08-15", "Sino-Russian relations are entering a new era of comprehensive strategic partnership", "Li Shangfu", { source: "TASS" }),
    mention("m-001-5", "a-001", "Persian News", "2023-08-15", "The defense and military industries of the country have made remarkable progress", "Reza Khosravi Moghaddam"),
    mention("m-001-6", "a-001", "Persian News", "2023-08-15", WEIGHTY, "Kazem Jalali", { source: "Sputnik" }),
    mention("m-001-7", "a-001", "Persian News", "2023-08-15", "We work with Russia in many fields including the military field", "Kazem Jalali", { source: "Sputnik" }),
    mention("m-004-1", "a-004", "Middle East Monitor", "2023-08-16", CONTINUE_004, "Li Shangfu", { source: "TASS" }),
    mention("m-004-2", "a-004", "Middle East Monitor", "2023-08-16", DRILLS_004, "Li Shangfu", { source: "TASS" }),
    mention("m-004-3", "a-004", "Middle East Monitor", "2023-08-16", "joint counteraction to terrorism, separatism and extremism", null, { kind: "partial" }),
    mention("m-004-4", "a-004", "Middle East Monitor", "2023-08-16", "This will grant Iran access to the security structures of the organisation", "The Jerusalem Post"),
    mention("m-004-5", "a-004", "Middle East Monitor", "2023-08-16", WEIGHTY, "Kazem Jalali"),
  ];
}
