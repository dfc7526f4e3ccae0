import { matchMentions } from "./src/match/match-mentions.ts";
import type { MatchableMention } from "./src/model/family.ts";
const A = "We will continue to strengthen the mechanism of security cooperation within the SCO, actively deepen defense collaboration with the organization's newest member Iran, as well as Belarus, which will soon become an SCO member";
const mk = (id: string, art: string, outlet: string, date: string, text: string, speaker: string | null, extra: Partial<MatchableMention> = {}): MatchableMention =>
  ({ id, articleId: art, outlet, date, text, kind: "direct", speaker, source: null, articleCredits: [], repeatOf: null, ...extra });
const ms: MatchableMention[] = [
  mk("m000a", "a0", "Pakistan Defence", "2023-08-15", A.replace("organization's", "organization’s").replace("an SCO", "a SCO"), "Li Shangfu", { articleCredits: ["EFE"] }),
  mk("m000b", "a0", "Pakistan Defence", "2023-08-15", "We will continue to strengthen the mechanism of security cooperation within...", "Li Shangfu", { repeatOf: "m000a" }),
  mk("m001a", "a1", "Persian News", "2023-08-15", A, "Li Shangfu", { source: "TASS" }),
  mk("m001i", "a1", "Persian News", "2023-08-15", "China is ready to increase security and defense cooperation with Iran and Belarus within the framework of the SCO", "Li Shangfu", { kind: "indirect" }),
  mk("m001b", "a1", "Persian News", "2023-08-15", "Beijing is ready to hold joint military drills and exercises with all countries, as well as find a wider space to hold drills and strengthen international cooperation in the field of arms control and non-proliferation", "Li Shangfu", { source: "TASS" }),
  mk("m001j", "a1", "Persian News", "2023-08-15", "It is a weighty exhibition, and the presence of Iran at it shows the depth of our defense ties", "Kazem Jalali", { source: "Sputnik" }),
  mk("m004a", "a4", "Middle East Monitor", "2023-08-16", A.replace("organization's", "organisation's"), "Li Shangfu", { source: "TASS" }),
  mk("m004b", "a4", "Middle East Monitor", "2023-08-16", "Beijing is ready to hold joint military drills and exercises with all countries, as well as find a larger space to hold drills and strengthen international cooperation in the field of arms control and non-proliferation [of nuclear weapons]", "Li Shangfu", { source: "TASS" }),
  mk("m004j", "a4", "Middle East Monitor", "2023-08-16", "It is a weighty exhibition, and the presence of Iran at it shows the depth of our defense ties", "Kazem Jalali"),
  mk("m004w", "a4", "Middle East Monitor", "2023-08-16", "We will see", "Kazem Jalali"),
];
const r = matchMentions(ms);
for (const f of r.families) {
  console.log(f.id, f.speaker, f.canonicalMentionId);
  for (const m of f.members) console.log("   ", m.mentionId, m.link, m.fidelity, m.similarity, JSON.stringify(m.changes));
}
