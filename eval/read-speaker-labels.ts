import { z } from "zod";

export const SPEAKER_LABEL_KINDS = ["pronoun", "role", "surname", "fullname", "organization", "acronym", "document", "other"] as const;
export type SpeakerLabelKind = (typeof SPEAKER_LABEL_KINDS)[number];

/** One hand-made resolved-speaker label on a PolNeAR attribution (eval/labels/README.md). */
export interface SpeakerLabel {
  doc: string;
  /** the gold attribution's id in that article */
  attribution: string;
  content: readonly [number, number];
  source: readonly [number, number];
  /** the resolved speaker: "Donald Trump" for a "he" that means him */
  speaker: string;
  type: "person" | "organization" | "group" | "document";
  /** what the gold Source span is */
  kind: SpeakerLabelKind;
}

const ZOffsets = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const ZLabel = z.object({
  doc: z.string(),
  attribution: z.string(),
  content: ZOffsets,
  source: ZOffsets,
  speaker: z.string().min(1),
  type: z.enum(["person", "organization", "group", "document"]),
  kind: z.enum(SPEAKER_LABEL_KINDS),
});

/** Parses the labels' JSONL; throws naming the line on a malformed one (a partial file must not be scored). */
export function readSpeakerLabels(jsonl: string, label = "speaker labels"): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  jsonl.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    try {
      out.push(ZLabel.parse(JSON.parse(line)));
    } catch (error) {
      throw new Error(`${label} line ${i + 1} is not a speaker label (${error instanceof Error ? error.message.slice(0, 200) : String(error)})`);
    }
  });
  return out;
}
