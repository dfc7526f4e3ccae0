import type { FamilyGraph } from "./build-family-graph.ts";
import { escapeHtml } from "./escape-html.ts";
import { layOutGraph } from "./lay-out-graph.ts";

/**
 * The provenance graph as inline SVG (no script, no external font): boxes for outlets and
 * agencies laid out in layers (relaying outlet above what it credits), arrows for chain links
 * numbered as the chain list under the graph (in chain order, as `graph.edges`); full names and
 * evidence in <title> tooltips. The
 * attributed origin has a thick blue border, credited-only nodes a dashed one, and the legend
 * says so in words.
 */
export function renderSvgGraph(graph: FamilyGraph, title: string): string {
  const layout = layOutGraph(graph.nodes.map((n) => n.name), graph.edges);
  const role = new Map(graph.nodes.map((n) => [n.name, n.role]));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`);
  out.push(`<title>${escapeHtml(title)}</title>`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>');
  layout.edges.forEach((edge, index) => {
    // Edges carry their number in the chain list under the graph (long evidence phrases would
    // print over each other); the evidence itself is in the tooltip.
    out.push(`<g class="edge"><title>${escapeHtml(`${index + 1}. ${edge.from} → ${edge.to}: ${edge.label}`)}</title>`
      + `<path d="${edge.path}" marker-end="url(#arrow)"/>`
      + `<circle cx="${edge.labelX}" cy="${edge.labelY}" r="8"/>`
      + `<text x="${edge.labelX}" y="${edge.labelY + 4}" text-anchor="middle">${index + 1}</text></g>`);
  });
  for (const node of layout.nodes) {
    const cls = role.get(node.id) ?? "carrier";
    out.push(`<g class="node ${cls}"><title>${escapeHtml(`${node.id} (${cls})`)}</title>`
      + `<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="5"/>`
      + `<text x="${node.x + node.width / 2}" y="${node.y + node.height / 2 + 4}" text-anchor="middle">${escapeHtml(node.label)}</text></g>`);
  }
  out.push("</svg>");
  return out.join("\n");
}
