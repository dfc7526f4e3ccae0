import type { LoadMatchScopeOptions } from "../../src/store/load-match-scope.ts";

/** The options the store tests load an incremental match's scope with (shared by every such test). */
export const scopeOptions: LoadMatchScopeOptions = { maxKeyMentions: 2000, minSharedSpeakerWords: 4, storyDays: 14 };
