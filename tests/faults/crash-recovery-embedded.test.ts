import { defineCrashSuite } from "./define-crash-suite.ts";

defineCrashSuite("embedded");
