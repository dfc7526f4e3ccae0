import { extractQuotes } from "/work/main/src/extract/extract-quotes.ts";
const text = "Defence Minister Jan Novak opened the forum.\n\n“Our army is ready for the exercise,” the defense minister said.";
console.log(JSON.stringify(extractQuotes({ text, regions: [], dateline: null, mined: true, language: "en" }).quotes, null, 1));
