/**
 * The one component that touches Cytoscape. It mirrors the derived view elements onto the canvas
 * (adding, updating and removing by id), lays out what is new, and reports user gestures upward.
 */
import cytoscape, {
  type Core,
  type EdgeSingular,
  type EventObject,
  type NodeCollection,
  type NodeSingular,
} from "cytoscape";
import fcose from "cytoscape-fcose";
import { type Ref, useCallback, useEffect, useImperativeHandle, useRef } from "react";
import type { Renderer, Viewport } from "../../shared/snapshot/explorer-state.js";
import type { Position } from "../graph/model.js";
import type { ViewEdge, ViewElements } from "../graph/view.js";
import { exposeHandle } from "../store/test-handle.js";
import { keepOffEdges } from "./keep-off-edges.js";
import { type LayoutDone, runLayout, startPosition } from "./layout.js";
import { isLargeGraph, stylesheet } from "./style.js";

cytoscape.use(fcose);

export interface CanvasHandle {
  fit(): void;
  relayout(): void;
  viewport(): Viewport;
  setViewport(viewport: Viewport): void;
  /** The whole graph as a PNG at scale 2 (sharing), or null when empty. */
  png(): Blob | null;
}

export interface GraphCanvasProps {
  elements: ViewElements;
  focus: string | null;
  /** Elements marked as a path (a shortest path's nodes and edges). */
  path?: readonly string[];
  renderer: Renderer;
  onNodeTap(id: string): void;
  onNodeMenu(id: string, at: Position): void;
  onEdgeTap(edge: ViewEdge): void;
  onBackgroundTap(): void;
  /** The selected nodes, after every change (click, Shift+click, Shift+drag a box). */
  onSelect?(ids: string[]): void;
  onPositions(positions: Record<string, Position>): void;
  onLayout?(done: LayoutDone): void;
  ref?: Ref<CanvasHandle>;
}

function allPositions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  return out;
}

/** Below this zoom the names (11 px) are drawn under 9 px, too small to read. */
export const READABLE_ZOOM = 0.85;

/**
 * Fits a freshly laid-out graph to the canvas; one too large to fit at a readable size is shown
 * around its centre at that size instead (at 1024×700 the seed overview was drawn too small for any
 * caption). The Fit button still shows all of it.
 */
function fitReadable(cy: Core): void {
  cy.fit(undefined, 40);
  if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom({ level: READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const running = useRef(0);
  const large = useRef(false);

  /** Runs a layout; the container's data-layout says "running" until every layout has stopped. */
  const layout = useCallback((cy: Core, nodes: NodeCollection, whole: boolean): Promise<LayoutDone> => {
    running.current += 1;
    if (container.current) container.current.dataset.layout = "running";
    return runLayout(cy, nodes, whole).finally(() => {
      running.current = Math.max(0, running.current - 1);
      if (running.current === 0 && container.current) container.current.dataset.layout = "idle";
    });
  }, []);

  // Create (and on renderer change re-create) the Cytoscape instance.
  useEffect(() => {
    if (!container.current) return;
    running.current = 0;
    container.current.dataset.layout = "idle";
    const webgl = props.renderer === "webgl";
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // While the user pans or zooms, move a snapshot of the canvas instead of redrawing every element.
      textureOnViewport: true,
      // Shift+drag on the background draws a selection box (a plain drag still pans).
      boxSelectionEnabled: true,
      hideEdgesOnViewport: false,
      pixelRatio: webgl ? 1 : "auto",
      ...(webgl ? { renderer: { name: "canvas", webgl: true } as never } : {}),
    });
    cyRef.current = cy;
    large.current = false;
    exposeHandle({ cy });
    const at = (e: EventObject): Position => ({ x: e.renderedPosition?.x ?? 0, y: e.renderedPosition?.y ?? 0 });
    // the node each of the last two taps landed on (null: the background or an edge)
    let tapped: [string | null, string | null] = [null, null];
    cy.on("tap", (e) => {
      const target = e.target as NodeSingular;
      tapped = [tapped[1], e.target !== cy && target.isNode() ? target.id() : null];
    });
    cy.on("tap", "node", (e) => handlers.current.onNodeTap((e.target as NodeSingular).id()));
    // a double tap opens the node's menu: both taps on that node (Cytoscape fires it for two quick taps
    // anywhere) and no Shift held (two quick Shift+clicks select two nodes)
    cy.on("dbltap", "node", (e) => {
      const id = (e.target as NodeSingular).id();
      if ((e.originalEvent as MouseEvent | undefined)?.shiftKey || tapped[0] !== id) return;
      handlers.current.onNodeMenu(id, at(e));
    });
    cy.on("cxttap", "node", (e) => handlers.current.onNodeMenu((e.target as NodeSingular).id(), at(e)));
    cy.on("tap", "edge", (e) => {
      const edge = e.target as EdgeSingular;
      handlers.current.onEdgeTap({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        type: edge.data("type") as string,
        claims: (edge.data("claims") as string[]) ?? [],
        width: edge.data("width") as number,
      });
    });
    cy.on("tap", (e) => {
      if (e.target === cy) handlers.current.onBackgroundTap();
    });
    // Several selection events arrive for one gesture (a box): report once, after them.
    let selectTimer: ReturnType<typeof setTimeout> | undefined;
    // A selected node that leaves the canvas (hidden, removed) leaves the selection too: the bar
    // counted hidden nodes, and "Dismiss others" after a missed click kept them.
    cy.on("select unselect remove", "node", () => {
      clearTimeout(selectTimer);
      selectTimer = setTimeout(() => {
        if (!cy.destroyed()) handlers.current.onSelect?.(cy.nodes(":selected").map((n) => n.id()));
      }, 0);
    });
    cy.on("dragfree", "node", () => handlers.current.onPositions(allPositions(cy)));
    // Hover: the whole text of a claim (with who said it about whom), or an entity's name and type.
    const tip = tooltip.current;
    const place = (node: NodeSingular) => {
      if (!tip) return;
      const p = node.renderedPosition();
      const host = container.current;
      const width = host?.clientWidth ?? 0;
      tip.textContent = String(node.data("detail") ?? node.data("name") ?? "");
      tip.hidden = false;
      const below = p.y + node.renderedHeight() / 2 + 8;
      tip.style.left = `${Math.max(8, Math.min(p.x - tip.offsetWidth / 2, width - tip.offsetWidth - 8))}px`;
      tip.style.top = `${below + tip.offsetHeight > (host?.clientHeight ?? 0) ? p.y - node.renderedHeight() / 2 - tip.offsetHeight - 8 : below}px`;
    };
    const hide = () => {
      if (tip) tip.hidden = true;
    };
    cy.on("mouseover", "node", (e) => place(e.target as NodeSingular));
    cy.on("mouseout", "node", hide);
    cy.on("viewport drag grab remove", hide);
    const host = container.current;
    host.addEventListener("mouseleave", hide);
    return () => {
      host.removeEventListener("mouseleave", hide);
      hide();
      cyRef.current = null;
      cy.destroy();
    };
  }, [props.renderer]);

  // Mirror the elements.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodes, edges } = props.elements;
    const wanted = new Set<string>([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    const hadPlaced = cy.nodes().length > 0;
    // Nodes on the canvas before this update: an edge is "between placed nodes" only when both its
    // ends were here already (a node restored with its stored position — Show hidden, undo, an
    // expansion bringing back a removed node — brings its own edges back, which move nothing).
    const placedBefore = new Set(cy.nodes().map((n) => n.id()));
    const neighbours = new Map<string, string[]>();
    for (const e of edges) {
      neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
      neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
    }
    const added: string[] = [];
    const edgesBetweenPlaced = new Set<string>();
    // Switch style before adding, so thousands of new elements are styled once, the cheap way.
    const wantLarge = isLargeGraph(nodes.length + edges.length);
    if (wantLarge !== large.current) {
      large.current = wantLarge;
      cy.style(stylesheet({ large: wantLarge }));
    }
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      nodes.forEach((node, index) => {
        const data = {
          id: node.id,
          label: node.label,
          name: node.name,
          caption: node.caption,
          detail: node.detail,
          colour: node.colour,
          size: node.size,
        };
        let el = cy.getElementById(node.id);
        if (el.nonempty()) {
          // Only touch what changed: a position update must not restyle thousands of elements.
          const d = el.data();
          if (
            d.name !== data.name ||
            d.caption !== data.caption ||
            d.detail !== data.detail ||
            d.colour !== data.colour ||
            d.size !== data.size ||
            d.label !== data.label
          ) {
            el.data(data);
          }
        } else {
          const position = node.position ?? startPosition(cy, neighbours.get(node.id) ?? [], index);
          el = cy.add({ group: "nodes", data, position });
          if (!node.position) added.push(node.id);
        }
        if (node.pinned !== el.hasClass("pinned")) {
          if (node.pinned) el.addClass("pinned").lock();
          else el.removeClass("pinned").unlock();
        }
      });
      for (const edge of edges) {
        const data = { ...edge, weight: edge.claims.length };
        const el = cy.getElementById(edge.id);
        if (el.empty()) {
          cy.add({ group: "edges", data });
          if (placedBefore.has(edge.source) && placedBefore.has(edge.target)) edgesBetweenPlaced.add(edge.id);
        } else if (el.data("width") !== data.width || (el.data("claims") as string[]).join() !== edge.claims.join()) {
          el.data(data);
        }
      }
    });
    if (nodes.length > 0 && performance.getEntriesByName("claimgraph:first-graph").length === 0) {
      performance.mark("claimgraph:first-graph"); // read by the benchmark: first graph on screen
    }
    if (added.length > 0) {
      const addedSet = new Set(added);
      const addedNodes = cy.nodes().filter((n) => addedSet.has(n.id()));
      const whole = !hadPlaced || added.length === cy.nodes().length;
      void layout(cy, addedNodes, whole).then((done) => {
        if (cyRef.current !== cy) return;
        // Nodes just placed must not lie over an edge they are not part of; older ones stay put.
        keepOffEdges(cy, (n) => whole || addedSet.has(n.id()));
        if (whole) fitReadable(cy);
        handlers.current.onPositions(allPositions(cy));
        handlers.current.onLayout?.(done);
      });
    } else {
      // New edges between nodes already placed (the who → whom view, connected query results) can
      // run under other nodes: move those off them — off those edges only. Overlaps with older edges
      // were left as the user or the layout put them (moving every node over any edge here moved
      // nodes already placed whenever Show hidden or an expansion restored a node with its edges).
      if (
        hadPlaced &&
        edgesBetweenPlaced.size > 0 &&
        running.current === 0 &&
        keepOffEdges(cy, undefined, (edge) => edgesBetweenPlaced.has(edge.id()))
      ) {
        handlers.current.onPositions(allPositions(cy));
      }
      if (!hadPlaced && nodes.length > 0) cy.fit(undefined, 40);
    }
  }, [props.elements, layout]);

  // Highlight a neighbourhood, dim the rest (again after the elements change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements must be dimmed too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".dim").removeClass("dim");
      const focus = props.focus ? cy.getElementById(props.focus) : null;
      if (focus?.nonempty()) cy.elements().difference(focus.closedNeighborhood()).addClass("dim");
    });
  }, [props.focus, props.elements]);

  // Mark a path's nodes and edges (again after the elements change: the path may arrive with them).
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements must be marked too
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".path").removeClass("path");
      for (const id of props.path ?? []) cy.getElementById(id).addClass("path");
    });
  }, [props.path, props.elements]);

  useImperativeHandle(props.ref, () => ({
    fit: () => cyRef.current?.fit(undefined, 40),
    relayout: () => {
      const cy = cyRef.current;
      if (!cy || cy.nodes().length === 0) return;
      void layout(cy, cy.nodes(), true).then((done) => {
        handlers.current.onPositions(allPositions(cy));
        handlers.current.onLayout?.(done);
      });
    },
    viewport: () => {
      const cy = cyRef.current;
      return cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null;
    },
    setViewport: (viewport) => {
      if (viewport) cyRef.current?.viewport({ zoom: viewport.zoom, pan: viewport.pan });
    },
    png: () => {
      const cy = cyRef.current;
      return cy && cy.nodes().length > 0 ? cy.png({ full: true, scale: 2, output: "blob", bg: "#ffffff" }) : null;
    },
  }));

  return (
    <>
      <div className="canvas" ref={container} data-testid="canvas" />
      <div className="canvas-tooltip" ref={tooltip} data-testid="canvas-tooltip" role="tooltip" hidden />
    </>
  );
}
