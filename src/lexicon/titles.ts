/**
 * Words that make up titles and roles ("State Councilor", "Minister of National Defense",
 * "spokesman"), organisation heads, document nouns and publication heads. All lower case.
 * Used to split "Chinese Defense Minister Li Shangfu" into role and name, and to resolve
 * "the defence minister" to the person the article gave that role.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "ministers", "deputy", "secretary", "general", "state",
  "councilor", "councillor", "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman",
  "spokesperson", "spokespeople", "official", "officials", "senator", "sen", "rep", "representative",
  "congressman", "congresswoman", "governor", "gov", "mayor", "chairman", "chairwoman", "chair",
  "chief", "head", "director", "commander", "gen", "lt", "col", "colonel", "major", "captain",
  "admiral", "marshal", "sergeant", "lieutenant", "king", "queen", "prince", "princess", "sheikh",
  "emir", "sultan", "ayatollah", "pope", "cardinal", "bishop", "rabbi", "imam", "judge", "justice",
  "attorney", "lawyer", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
  "candidate", "nominee", "leader", "member", "speaker", "premier", "foreign", "defense", "defence",
  "interior", "finance", "trade", "national", "security", "adviser", "advisor", "counselor",
  "analyst", "expert", "economist", "researcher", "scientist", "executive", "ceo", "cfo", "coo",
  "founder", "owner", "manager", "editor", "correspondent", "reporter", "columnist", "host",
  "anchor", "author", "activist", "campaigner", "organizer", "strategist", "consultant", "pollster",
  "aide", "staffer", "adviser", "former", "acting", "incoming", "outgoing", "top", "senior",
  "junior", "assistant", "associate", "special", "press", "communications", "campaign", "policy",
  "affairs", "military", "army", "navy", "air", "force", "staff", "joint", "house", "senate",
  "majority", "minority", "whip", "delegate", "diplomat", "negotiator", "coach", "player",
  "attorney-general", "vice-president", "vice-premier", "co-founder", "first", "lady", "premier",
  "economy", "education", "health", "energy", "justice", "environment", "culture", "transport",
  "agriculture", "industry", "labor", "labour", "information", "communication", "intelligence",
  "parliamentary", "parliament", "legislator", "lawmaker", "mp", "mep", "ministry", "department",
  "commissioner", "commissioners",
]);

/** The head noun of a role phrase: "the defence minister", "a spokesman". */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  "president", "minister", "secretary", "councilor", "councillor", "chancellor", "ambassador", "envoy",
  "spokesman", "spokeswoman", "spokesperson", "official", "senator", "representative", "congressman",
  "congresswoman", "governor", "mayor", "chairman", "chairwoman", "chair", "chief", "head",
  "director", "commander", "general", "admiral", "king", "queen", "prince", "leader", "premier",
  "candidate", "nominee", "adviser", "advisor", "analyst", "expert", "economist", "executive",
  "founder", "manager", "editor", "correspondent", "reporter", "aide", "diplomat", "negotiator",
  "lawmaker", "legislator", "judge", "lawyer", "attorney", "professor", "researcher", "scientist",
  "activist", "strategist", "pollster", "source", "sources", "officials", "ministers", "lawmakers",
  "experts", "analysts", "leaders", "diplomats", "aides", "residents", "witnesses", "police",
  "authorities", "investigators", "prosecutors", "critics", "supporters", "officer", "officers",
  "doctor", "scholar", "member", "members", "speaker", "host", "businessman", "billionaire",
  "candidate", "campaign", "team", "side", "man", "woman", "people", "voters", "observers",
  "host", "owner", "nominee", "veteran", "organizer", "operative", "insider", "insiders", "friend",
  "spokespeople", "group", "coalition", "committee", "panel", "agency", "ministry", "department",
  "government", "administration", "office", "company", "firm", "embassy", "military", "army",
  "council", "commission", "court", "party", "union", "organization", "organisation", "bank",
  "institute", "foundation", "center", "centre", "association", "alliance", "board", "council",
  "kremlin", "pentagon", "white", "house", "commissioner", "commissioners", "republican", "democrat",
]);

/** Capitalised heads that make a name sequence an organisation ("the Russian Defense Ministry"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "ministry", "office", "department", "government", "administration", "council", "committee",
  "commission", "agency", "organization", "organisation", "army", "navy", "embassy", "party",
  "court", "bank", "company", "corporation", "corp", "inc", "ltd", "group", "institute", "university",
  "foundation", "union", "association", "alliance", "center", "centre", "forces", "force", "command",
  "parliament", "senate", "congress", "assembly", "cabinet", "kremlin", "pentagon", "campaign",
  "board", "service", "services", "authority", "police", "guard", "corps", "federation", "league",
  "network", "fund", "program", "programme", "initiative", "movement", "front", "coalition",
  "conference", "forum", "summit", "charter", "treaty", "republic", "council", "church", "school",
  "college", "hospital", "clinic", "club", "team", "court", "firm", "house", "bureau", "secretariat",
]);

/** Capitalised heads that make a name sequence a publication ("The Jerusalem Post"). */
export const PUBLICATION_HEADS: ReadonlySet<string> = new Set([
  "post", "times", "news", "herald", "tribune", "journal", "gazette", "telegraph", "guardian",
  "monitor", "daily", "today", "express", "mail", "observer", "review", "press", "chronicle",
  "globe", "sun", "star", "mirror", "independent", "economist", "inquirer", "examiner", "record",
  "courier", "dispatch", "bulletin", "register", "standard", "nation", "week", "weekly", "magazine",
  "tv", "television", "radio", "channel", "broadcasting", "politico", "axios", "wire", "agency",
  "network", "online", "insider", "beast", "hill", "atlantic", "intercept", "breitbart", "huffpost",
  "caller", "blaze", "verge", "vox",
]);

/**
 * Publication heads that name a publication only right after "the" ("The Hill", "the Atlantic"):
 * without it they are a surname or a place ("Hugh Hill, a doctor", "Dr. Hill", "Florida Atlantic").
 */
export const THE_ONLY_PUBLICATION_HEADS: ReadonlySet<string> = new Set([
  "hill", "atlantic", "intercept", "blaze", "verge",
]);

/** Words that make a place of such a head: "Capitol Hill", "Chapel Hill" are neither outlets nor people. */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set(["capitol", "chapel", "beacon", "signal", "notting"]);

/** Lower-case nouns naming documents or media that can "say" things ("the article said"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "article", "report", "statement", "communique", "communiqué", "document", "letter", "memo",
  "charter", "declaration", "study", "survey", "poll", "paper", "newspaper", "daily", "website",
  "websites", "site", "outlet", "agency", "broadcaster", "channel", "magazine", "editorial",
  "release", "filing", "complaint", "lawsuit", "indictment", "analysis", "review", "book", "post",
  "tweet", "video", "transcript", "readout", "record", "records", "data", "figures", "reports",
  "media", "publication", "column", "blog",
]);

/** Lower-case nouns that mark an "according to" phrase or a subject as a media channel. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  "agency", "agencies", "news", "newspaper", "newspapers", "paper", "daily", "website", "websites",
  "site", "media", "outlet", "outlets", "broadcaster", "television", "tv", "radio", "channel",
  "magazine", "tabloid", "wire", "press", "portal", "network", "publication", "reports", "report",
]);

/** Nationality / place adjectives are spotted by suffix; these are frequent exceptions. */
export const DEMONYMS: ReadonlySet<string> = new Set([
  "chinese", "japanese", "vietnamese", "lebanese", "sudanese", "taiwanese", "british", "french",
  "irish", "dutch", "danish", "swedish", "finnish", "polish", "turkish", "spanish", "scottish",
  "welsh", "english", "swiss", "thai", "iraqi", "israeli", "saudi", "pakistani", "afghan", "kuwaiti",
  "qatari", "emirati", "yemeni", "omani", "bahraini", "bangladeshi", "nepali", "uzbek", "kazakh",
  "tajik", "kyrgyz", "greek", "czech", "slovak", "belarusian", "russian", "iranian", "american",
  "indian", "syrian", "ukrainian", "german", "italian", "korean", "african", "european", "asian",
  "democratic", "republican", "state-run", "state", "official", "federal", "u.s.", "us", "un", "eu",
  "gop", "white", "islamic", "arab", "western", "eastern", "northern", "southern", "soviet",
]);
