/**
 * A small layered ("Sugiyama-style") layout for provenance graphs, so the HTML report can draw
 * its SVG without any script or CDN: nodes get layers by longest path along the edges (relaying
 * outlet above the source it credits), cycles are broken deterministically, each layer is ordered
 * by one barycentre sweep (ties by name), and coordinates are computed from estimated label
 * widths. Graphs here have a handful of nodes; the work is O((V + E) log V).
 */

import { compareStrings } from "../model/compare-strings.ts";

export interface GraphEdgeInput { from: string; to: string; label: string }

export interface LaidOutNode {
  id: string;
  label: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  label: string;
  /** SVG path data, arrow at the `to` end */
  path: string;
  labelX: number;
  labelY: number;
}

export interface GraphLayout { width: number; height: number; nodes: LaidOutNode[]; edges: LaidOutEdge[] }

export interface LayOutGraphOptions {
  nodeHeight?: number;
  layerGap?: number;
  nodeGap?: number;
  margin?: number;
  /** average glyph width in px used to size boxes */
  charWidth?: number;
  maxLabelChars?: number;
}

export function layOutGraph(
  nodeIds: readonly string[],
  edgeInputs: readonly GraphEdgeInput[],
  options: LayOutGraphOptions = {},
): GraphLayout {
  const sizes = resolveSizes(options);
  const ids = [...new Set([...nodeIds, ...edgeInputs.flatMap((e) => [e.from, e.to])])].sort(compareStrings);
  const edges = edgeInputs.filter((e) => e.from !== e.to);
  const layer = assignLayers(ids, edges);
  const layers = groupByLayer(ids, layer);
  orderWithinLayers(layers, edges, layer);
  const { nodes, byId, innerWidth } = placeNodes(layers, sizes);
  const laidEdges = routeEdges(edges, byId);
  const { margin, nodeHeight, layerGap } = sizes;
  const width = Math.round(innerWidth + margin * 2 + (laidEdges.some((e) => e.path.includes("C")) ? 80 : 0));
  const height = margin * 2 + Math.max(1, layers.length) * nodeHeight + Math.max(0, layers.length - 1) * layerGap;
  return { width, height, nodes, edges: laidEdges };
}

function resolveSizes(options: LayOutGraphOptions): Required<LayOutGraphOptions> {
  return {
    nodeHeight: options.nodeHeight ?? 34,
    layerGap: options.layerGap ?? 90,
    nodeGap: options.nodeGap ?? 28,
    margin: options.margin ?? 16,
    charWidth: options.charWidth ?? 7.2,
    maxLabelChars: options.maxLabelChars ?? 34,
  };
}

/**
 * The layer of each node: the length of the longest path to it, following the edges in the order
 * of orderBreakingCycles (an edge pointing back in that order closes a cycle and is not followed).
 */
function assignLayers(ids: readonly string[], edges: readonly GraphEdgeInput[]): Map<string, number> {
  const outgoing = new Map<string, string[]>(ids.map((id) => [id, []]));
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const edge of edges) {
    outgoing.get(edge.from)?.push(edge.to);
    indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
  }
  const order = orderBreakingCycles(ids, outgoing, indegree);
  const position = new Map(order.map((id, index) => [id, index]));
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of order) {
    for (const next of outgoing.get(id) ?? []) {
      if ((position.get(next) ?? 0) > (position.get(id) ?? 0)) {
        layer.set(next, Math.max(layer.get(next) ?? 0, (layer.get(id) ?? 0) + 1));
      }
    }
  }
  return layer;
}

/**
 * Kahn's order; when only cycles remain, release the remaining node of least in-degree (then
 * name) as if its incoming edges were reversed.
 */
function orderBreakingCycles(
  ids: readonly string[], outgoing: ReadonlyMap<string, string[]>, indegree: ReadonlyMap<string, number>,
): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const remaining = new Map(indegree);
  while (order.length < ids.length) {
    let ready = ids.filter((id) => !placed.has(id) && (remaining.get(id) ?? 0) === 0);
    if (ready.length === 0) {
      const left = ids.filter((id) => !placed.has(id));
      left.sort((a, b) => (remaining.get(a) ?? 0) - (remaining.get(b) ?? 0) || compareStrings(a, b));
      ready = left.slice(0, 1);
    }
    for (const id of ready) {
      placed.add(id);
      order.push(id);
      for (const next of outgoing.get(id) ?? []) remaining.set(next, (remaining.get(next) ?? 0) - 1);
    }
  }
  return order;
}

/** The node ids of each layer, top first, each row in `ids` order. */
function groupByLayer(ids: readonly string[], layer: ReadonlyMap<string, number>): string[][] {
  const layers: string[][] = [];
  for (const id of ids) {
    const index = layer.get(id) ?? 0;
    (layers[index] ??= []).push(id);
  }
  return layers;
}

/**
 * Barycentre sweeps (down, up, down), sorting the rows of `layers` in place: order each layer by
 * the mean position of its neighbours in the layer above (down) or below (up); nodes without such
 * neighbours keep their place.
 */
function orderWithinLayers(layers: string[][], edges: readonly GraphEdgeInput[], layer: ReadonlyMap<string, number>): void {
  const indexInLayer = new Map<string, number>();
  layers.forEach((row) => row.forEach((id, index) => indexInLayer.set(id, index)));
  const sweep = (depth: number, down: boolean): void => {
    const row = layers[depth];
    if (!row) return;
    const bary = new Map<string, number>();
    for (const id of row) {
      const neighbours = down
        ? edges.filter((e) => e.to === id && (layer.get(e.from) ?? 0) === depth - 1).map((e) => e.from)
        : edges.filter((e) => e.from === id && (layer.get(e.to) ?? 0) === depth + 1).map((e) => e.to);
      const positions = neighbours.map((n) => indexInLayer.get(n) ?? 0);
      bary.set(id, positions.length ? positions.reduce((sum, v) => sum + v, 0) / positions.length : (indexInLayer.get(id) ?? 0));
    }
    row.sort((a, b) => (bary.get(a) ?? 0) - (bary.get(b) ?? 0) || compareStrings(a, b));
    row.forEach((id, index) => indexInLayer.set(id, index));
  };
  for (let depth = 1; depth < layers.length; depth++) sweep(depth, true);
  for (let depth = layers.length - 2; depth >= 0; depth--) sweep(depth, false);
  for (let depth = 1; depth < layers.length; depth++) sweep(depth, true);
}

interface PlacedNodes {
  nodes: LaidOutNode[];
  byId: Map<string, LaidOutNode>;
  /** width of the widest row, margins excluded */
  innerWidth: number;
}

/** Boxes sized from their (shortened) labels, each row centred under the widest one. */
function placeNodes(layers: readonly string[][], sizes: Required<LayOutGraphOptions>): PlacedNodes {
  const { nodeHeight, layerGap, nodeGap, margin, charWidth, maxLabelChars } = sizes;
  const label = (id: string): string => (id.length > maxLabelChars ? `${id.slice(0, maxLabelChars - 1)}…` : id);
  const widthOf = (id: string): number => Math.round(Math.max(70, label(id).length * charWidth + 24));
  const rowWidths = layers.map((row) => row.reduce((sum, id) => sum + widthOf(id), 0) + nodeGap * Math.max(0, row.length - 1));
  const innerWidth = Math.max(0, ...rowWidths);
  const nodes: LaidOutNode[] = [];
  const byId = new Map<string, LaidOutNode>();
  layers.forEach((row, depth) => {
    let x = margin + (innerWidth - (rowWidths[depth] ?? 0)) / 2;
    for (const id of row) {
      const node: LaidOutNode = {
        id, label: label(id), layer: depth, x: Math.round(x), y: margin + depth * (nodeHeight + layerGap),
        width: widthOf(id), height: nodeHeight,
      };
      nodes.push(node);
      byId.set(id, node);
      x += node.width + nodeGap;
    }
  });
  return { nodes, byId, innerWidth };
}

/**
 * A straight line down to a lower layer, or a curve bowing out to the right for an edge within a
 * layer or upwards (a broken cycle).
 */
function routeEdges(edges: readonly GraphEdgeInput[], byId: ReadonlyMap<string, LaidOutNode>): LaidOutEdge[] {
  const laidEdges: LaidOutEdge[] = [];
  // Labels of edges leaving the same layer are staggered along their edges so they do not print
  // over each other.
  const perLayer = new Map<number, number>();
  for (const edge of edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) continue;
    const ax = a.x + a.width / 2;
    const bx = b.x + b.width / 2;
    let path: string;
    let labelX: number;
    let labelY: number;
    if (b.layer > a.layer) {
      const ay = a.y + a.height;
      const by = b.y;
      path = `M${fmt(ax)},${fmt(ay)} L${fmt(bx)},${fmt(by)}`;
      const seen = perLayer.get(a.layer) ?? 0;
      perLayer.set(a.layer, seen + 1);
      const t = [0.5, 0.3, 0.7, 0.4, 0.6][seen % 5] ?? 0.5;
      labelX = ax + (bx - ax) * t;
      labelY = ay + (by - ay) * t;
    } else {
      // Same layer or upwards (a broken cycle): bow out to the side of the boxes.
      const ay = a.y + a.height / 2;
      const by = b.y + b.height / 2;
      const side = Math.max(a.x + a.width, b.x + b.width) + 40;
      path = `M${fmt(a.x + a.width)},${fmt(ay)} C${fmt(side)},${fmt(ay)} ${fmt(side)},${fmt(by)} ${fmt(b.x + b.width)},${fmt(by)}`;
      labelX = side;
      labelY = (ay + by) / 2;
    }
    laidEdges.push({ from: edge.from, to: edge.to, label: edge.label, path, labelX: Math.round(labelX), labelY: Math.round(labelY) });
  }
  return laidEdges;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

