import type { FamilyGraph } from "./build-family-graph.ts";
import { escapeMermaidLabel } from "./escape-mermaid-label.ts";

const MAX_EDGE_LABEL = 48;

/**
 * A Mermaid flowchart of a family graph (top-down: relaying outlet above what it credits). Node
 * ids are generated (n0, n1...) so no article text ever lands outside a quoted, escaped label.
 */
export function renderMermaidGraph(graph: FamilyGraph): string {
  const idOf = new Map(graph.nodes.map((node, index) => [node.name, `n${index}`]));
  const lines = ["flowchart TD"];
  for (const node of graph.nodes) {
    lines.push(`  ${idOf.get(node.name)}["${escapeMermaidLabel(node.name)}"]`);
  }
  for (const edge of graph.edges) {
    const from = idOf.get(edge.from);
    const to = idOf.get(edge.to);
    if (!from || !to) continue;
    const label = edge.label.length > MAX_EDGE_LABEL ? `${edge.label.slice(0, MAX_EDGE_LABEL - 1)}…` : edge.label;
    lines.push(`  ${from} -->|"${escapeMermaidLabel(label)}"| ${to}`);
  }
  const origins = graph.nodes.filter((n) => n.role === "origin").map((n) => idOf.get(n.name));
  const credited = graph.nodes.filter((n) => n.role === "credited").map((n) => idOf.get(n.name));
  lines.push("  classDef origin stroke-width:3px");
  lines.push("  classDef credited stroke-dasharray:4 3");
  if (origins.length) lines.push(`  class ${origins.join(",")} origin`);
  if (credited.length) lines.push(`  class ${credited.join(",")} credited`);
  return lines.join("\n");
}
