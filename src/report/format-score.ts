/** A 0..1 score with two decimals ("0.86"); "—" when missing or not a number. */
export function formatScore(score: number | null | undefined): string {
  return typeof score === "number" && Number.isFinite(score) ? score.toFixed(2) : "—";
}
