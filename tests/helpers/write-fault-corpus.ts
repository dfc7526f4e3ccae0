import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface WriteFaultCorpusOptions {
  /** number of articles (files 0000.txt ...) */
  articles: number;
  /** first article number (so two calls can write overlapping or disjoint ranges) */
  from?: number;
}

const speakers = ["Anna Kovacs", "Li Shangfu", "Maria Lopez", "Tom Reed", "Kazem Jalali", "Ruth Adler"];
const wires = ["Reuters", "AP", "AFP", "EFE"];
const places = ["MOSCOW", "BEIJING", "MADRID", "TEHRAN", "LONDON"];
const subjects = ["the mechanism of security cooperation", "the trade corridor", "the water treaty", "the grain deal",
  "the border talks", "the energy pact", "the port project", "the rail link", "the census reform", "the fishing quota"];
const verbs = ["strengthen", "defend", "review", "finish"];

/**
 * A small generated corpus for the crash tests: every article quotes two of a few dozen
 * statements, each statement carried by several articles, some with a word changed (wider/larger)
 * or cut, so matching yields multi-outlet families with drift. Deterministic for a given number.
 */
export function writeFaultCorpus(dir: string, options: WriteFaultCorpusOptions): void {
  mkdirSync(dir, { recursive: true });
  const from = options.from ?? 0;
  for (let n = from; n < from + options.articles; n++) {
    const quotes = [n % 37, (n * 7 + 3) % 37].map((q) => {
      const speaker = speakers[q % speakers.length]!;
      const subject = subjects[q % subjects.length]!;
      const verb = verbs[Math.floor(q / subjects.length) % verbs.length]!;
      const width = n % 3 === 0 ? "larger" : "wider";
      const tail = n % 5 === 0 ? "" : ` and find a ${width} space for work on item ${q}`;
      return `“We will ${verb} ${subject} with all partners in the region${tail},” ${speaker} said.`;
    });
    const wire = wires[n % wires.length]!;
    const place = places[n % places.length]!;
    const day = String(1 + (n % 27)).padStart(2, "0");
    writeFileSync(
      join(dir, `${String(n).padStart(4, "0")}.txt`),
      ` date 2023-08-${day} Example\n\n${place} (${wire}) - Officials met on Monday, meeting number ${n}.\n\n` +
        `${quotes[0]}\n\nThe talks went on into the night.\n\n${quotes[1]}\n`,
    );
  }
}
