/**
 * Words that tell a person's gender or affiliation in English news text. All lower case.
 * Given names come from the gender-detection-from-name package (src/extract/guess-gender.ts);
 * these are the cues a name list cannot give. Used by src/extract/build-entity-registry.ts and
 * src/extract/resolve-speaker.ts.
 */

/** titles and role words that state a gender ("Mr.", "spokeswoman") */
export const GENDERED_TITLES: ReadonlyMap<string, "male" | "female"> = new Map([
  ["mr", "male"], ["sir", "male"], ["lord", "male"], ["king", "male"], ["prince", "male"], ["sheikh", "male"],
  ["spokesman", "male"], ["congressman", "male"], ["businessman", "male"], ["chairman", "male"], ["father", "male"],
  ["mrs", "female"], ["ms", "female"], ["miss", "female"], ["dame", "female"], ["lady", "female"], ["queen", "female"],
  ["princess", "female"], ["spokeswoman", "female"], ["congresswoman", "female"], ["businesswoman", "female"],
  ["chairwoman", "female"], ["mother", "female"], ["woman", "female"], ["man", "male"],
]);

/** title abbreviations and the role noun a later mention uses ("Gov. Mike Pence" ... "the governor") */
export const TITLE_ROLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ["gov", ["governor"]], ["sen", ["senator"]], ["senator", ["senator", "lawmaker"]],
  ["rep", ["representative", "congressman", "congresswoman", "lawmaker"]],
  ["representative", ["congressman", "congresswoman", "lawmaker"]],
  ["congressman", ["representative", "lawmaker"]], ["congresswoman", ["representative", "lawmaker"]],
  ["gen", ["general"]], ["adm", ["admiral"]], ["lt", ["lieutenant"]], ["col", ["colonel"]], ["capt", ["captain"]],
  ["sgt", ["sergeant"]], ["prof", ["professor"]], ["dr", ["doctor"]], ["atty", ["attorney"]], ["pres", ["president"]],
]);

/** party letters of "(R-Ky.)" / "D-Calif." */
export const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([["r", "republican"], ["d", "democrat"], ["i", "independent"]]);

/** party nouns and their adjective forms, as a role word ("the Kentucky Republican", "a Democrat of Ohio") */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ["republican", "republican"], ["democrat", "democrat"], ["democratic", "democrat"], ["independent", "independent"],
]);

/** US state abbreviations as written in party-state tags ("Ky.", "Calif.", "N.Y.") -> the state's name, lower case */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["ala", "alabama"], ["al", "alabama"], ["alaska", "alaska"], ["ak", "alaska"], ["ariz", "arizona"], ["az", "arizona"],
  ["ark", "arkansas"], ["ar", "arkansas"], ["calif", "california"], ["ca", "california"], ["colo", "colorado"], ["co", "colorado"],
  ["conn", "connecticut"], ["ct", "connecticut"], ["del", "delaware"], ["de", "delaware"], ["fla", "florida"], ["fl", "florida"],
  ["ga", "georgia"], ["hawaii", "hawaii"], ["hi", "hawaii"], ["idaho", "idaho"], ["id", "idaho"], ["ill", "illinois"], ["il", "illinois"],
  ["ind", "indiana"], ["in", "indiana"], ["iowa", "iowa"], ["ia", "iowa"], ["kan", "kansas"], ["kans", "kansas"], ["ks", "kansas"],
  ["ky", "kentucky"], ["la", "louisiana"], ["maine", "maine"], ["me", "maine"], ["md", "maryland"], ["mass", "massachusetts"],
  ["ma", "massachusetts"], ["mich", "michigan"], ["mi", "michigan"], ["minn", "minnesota"], ["mn", "minnesota"],
  ["miss", "mississippi"], ["ms", "mississippi"], ["mo", "missouri"], ["mont", "montana"], ["mt", "montana"],
  ["neb", "nebraska"], ["ne", "nebraska"], ["nev", "nevada"], ["nv", "nevada"], ["n.h", "new hampshire"], ["nh", "new hampshire"],
  ["n.j", "new jersey"], ["nj", "new jersey"], ["n.m", "new mexico"], ["nm", "new mexico"], ["n.y", "new york"], ["ny", "new york"],
  ["n.c", "north carolina"], ["nc", "north carolina"], ["n.d", "north dakota"], ["nd", "north dakota"], ["ohio", "ohio"], ["oh", "ohio"],
  ["okla", "oklahoma"], ["ok", "oklahoma"], ["ore", "oregon"], ["or", "oregon"], ["pa", "pennsylvania"], ["r.i", "rhode island"],
  ["ri", "rhode island"], ["s.c", "south carolina"], ["sc", "south carolina"], ["s.d", "south dakota"], ["sd", "south dakota"],
  ["tenn", "tennessee"], ["tn", "tennessee"], ["texas", "texas"], ["tex", "texas"], ["tx", "texas"], ["utah", "utah"], ["ut", "utah"],
  ["vt", "vermont"], ["va", "virginia"], ["wash", "washington"], ["wa", "washington"], ["w.va", "west virginia"], ["wv", "west virginia"],
  ["wis", "wisconsin"], ["wi", "wisconsin"], ["wyo", "wyoming"], ["wy", "wyoming"],
]);

/** nouns that can name an organisation introduced before ("the union", "the association") */
export const ORGANIZATION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "union", "association", "group", "company", "firm", "agency", "department", "ministry", "organization", "council",
  "committee", "commission", "coalition", "alliance", "foundation", "institute", "party", "campaign", "league", "federation",
]);

/** document nouns that stand for whoever issued them ("the statement", "court documents") */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set([
  "statement", "statements", "release", "letter", "complaint", "filing", "lawsuit", "suit", "documents", "document", "memo",
  "affidavit", "motion", "brief", "email", "e-mail", "post", "tweet", "notice", "report",
]);
