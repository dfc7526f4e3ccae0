import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapPacked } from "../../src/ingest/map-packed.ts";

const MODULE = path.resolve(__dirname, "../../src/ingest/map-packed.ts");

/**
 * Runs `body` in a node with V8's natives syntax, optimised by TurboFan: what elements kind the
 * array it returns has, once the producer is optimised ("holey" or "packed").
 */
function elementsKindWhenOptimised(body: string): string {
  const script = `
    const { mapPacked } = await import(${JSON.stringify(MODULE)});
    const produce = (items) => ${body};
    const items = [{ a: 1 }, { a: 2 }, { a: 3 }];
    // both the producer and mapPacked optimised (inlined into its caller or on its own, as in a bench pass)
    %PrepareFunctionForOptimization(produce);
    %PrepareFunctionForOptimization(mapPacked);
    produce(items); produce(items);
    %OptimizeFunctionOnNextCall(mapPacked);
    mapPacked(items, (x) => x.a);
    %OptimizeFunctionOnNextCall(produce);
    const out = produce(items);
    if (!(%GetOptimizationStatus(produce) & 16)) throw new Error("not optimised");
    console.log(%HasHoleyElements(out) ? "holey" : "packed");
  `;
  const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe("mapPacked", () => {
  it("maps like Array.prototype.map", () => {
    expect(mapPacked([1, 2, 3], (x, i) => x * 10 + i)).toEqual([10, 21, 32]);
    expect(mapPacked([], (x: number) => x)).toEqual([]);
  });

  // The shape invariant the parse + extract speed work relies on (README, Known limits): arrays
  // handed from one stage to the next keep one elements kind whether their producer runs in the
  // interpreter or optimised. TurboFan's inlined Array.prototype.map makes a HOLEY array where the
  // builtin makes a PACKED one, so consumers optimised on one were dropped ("wrong map") when the
  // producer got optimised: every classify-regions step at the start of bench passes 2 and 3.
  it("gives a packed array from optimised code, where .map gives a holey one", () => {
    expect(elementsKindWhenOptimised("items.map((x) => x.a)")).toBe("holey");
    expect(elementsKindWhenOptimised("mapPacked(items, (x) => x.a)")).toBe("packed");
  });
});
