import type { FamilyView } from "../view/build-family-view.ts";
import { makeNameKey } from "../text/make-name-key.ts";

export type GraphNodeRole = "carrier" | "credited" | "origin";

export interface FamilyGraph {
  /** node names (outlets and agencies), sorted */
  nodes: { name: string; role: GraphNodeRole }[];
  /** chain links, "from" relays "to" */
  edges: { from: string; to: string; label: string }[];
}

/**
 * The provenance graph of one family: every outlet carrying it, every outlet or agency its chain
 * credits, and the chain's links as edges. The attributed origin is marked; a node that both
 * carries and is credited counts as a carrier.
 */
export function buildFamilyGraph(family: FamilyView): FamilyGraph {
  const nodes = new Map<string, { name: string; role: GraphNodeRole }>();
  const add = (name: string, role: GraphNodeRole): void => {
    const key = makeNameKey(name);
    const known = nodes.get(key);
    if (!known) nodes.set(key, { name, role });
    else if (role === "origin" || (role === "carrier" && known.role === "credited")) known.role = role;
  };
  for (const outlet of family.outlets) add(outlet, "carrier");
  for (const link of family.chain) {
    add(link.from, "credited");
    add(link.to, "credited");
  }
  if (family.origin !== null) add(family.origin, "origin");
  const nameOf = (name: string): string => nodes.get(makeNameKey(name))?.name ?? name;
  return {
    nodes: [...nodes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    edges: family.chain.map((link) => ({ from: nameOf(link.from), to: nameOf(link.to), label: link.evidence })),
  };
}
