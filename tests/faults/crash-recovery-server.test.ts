import { defineCrashSuite } from "./define-crash-suite.ts";

// against TEST_DATABASE_URL's server (skipped without it; CI sets it)
defineCrashSuite("server");
