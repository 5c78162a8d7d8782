/** The explorer: top bar (search, view, tools), the canvas with its legend, and the side panel. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExpandableType, OverviewResponse, SearchHit } from "../../shared/api/contract.js";
import type { Renderer } from "../../shared/snapshot/explorer-state.js";
import { type CanvasHandle, GraphCanvas } from "../canvas/GraphCanvas.js";
import { DetailsPanel } from "../components/DetailsPanel.js";
import { ExpandMenu } from "../components/ExpandMenu.js";
import { Legend } from "../components/Legend.js";
import { NoticeBar } from "../components/NoticeBar.js";
import { OverviewPanel } from "../components/OverviewPanel.js";
import { PropertyInspector } from "../components/PropertyInspector.js";
import { SearchBox } from "../components/SearchBox.js";
import { SelectionBar } from "../components/SelectionBar.js";
import { ShortcutsDialog } from "../components/ShortcutsDialog.js";
import { type Tab, TabList } from "../components/TabList.js";
import { Toolbar, type ToolbarButton } from "../components/Toolbar.js";
import { detailsActions, detailsStore } from "../details/store.js";
import { filterStore } from "../filters/store.js";
import type { Position, ViewMode } from "../graph/model.js";
import { toSnapshot } from "../graph/snapshot.js";
import { graphActions, graphStore } from "../graph/store.js";
import { viewElements } from "../graph/view.js";
import { inspectActions } from "../inspect/store.js";
import { pathActions, pathStore } from "../paths/store.js";
import { queryStore } from "../query/store.js";
import { searchStore } from "../search/store.js";
import { selectionActions, selectionStore } from "../selection/store.js";
import { SharingMenu } from "../snapshot/SharingMenu.js";
import { SnapshotBanner } from "../snapshot/SnapshotBanner.js";
import type { SharingCanvas } from "../snapshot/store.js";
import { StatementsPanel } from "../statements/StatementsPanel.js";
import { statementsActions } from "../statements/store.js";
import { notify, statusStore } from "../status/store.js";
import { exposeHandle } from "../store/test-handle.js";
import { useStore } from "../store/use-store.js";
import { applyWindow } from "../timeline/model.js";
import { timelineStore } from "../timeline/store.js";
import { Timeline } from "../timeline/Timeline.js";
import { bindPanelHistory } from "./history.js";

type PanelTab = "details" | "query" | "overview" | "statements";
const PANEL_TABS: Tab<PanelTab>[] = [
  { value: "overview", label: "Overview" },
  { value: "details", label: "Details" },
  { value: "statements", label: "Statements" },
  { value: "query", label: "Cypher" },
];
const VIEWS: Tab<ViewMode>[] = [
  { value: "full", label: "Full graph" },
  { value: "who", label: "Who → whom" },
];

// The Cypher editor (CodeMirror) loads when its tab is first opened: the first overview comes sooner.
const QueryPanel = lazy(() => import("../components/QueryPanel.js").then((m) => ({ default: m.QueryPanel })));

export interface AppProps {
  /** The snapshot token when the page is a permalink (/s/<token>; parsed once, in main.tsx), else null. */
  permalinkId: string | null;
}

export function App({ permalinkId }: AppProps) {
  const graph = useStore(graphStore);
  const path = useStore(pathStore, (s) => s.ids);
  const filters = useStore(filterStore);
  const { window: period } = useStore(timelineStore);
  const elements = useMemo(() => viewElements(applyWindow(graph, period), filters), [graph, filters, period]);
  const nodes = useMemo(() => Object.values(graph.nodes), [graph.nodes]);
  // A permalink opens on the details tab: its overview is not loaded (the snapshot is the picture).
  const [tab, setTabState] = useState<PanelTab>(() => (permalinkId ? "details" : "overview"));
  const [queryOpened, setQueryOpened] = useState(false);
  const setTab = useCallback((t: PanelTab) => {
    if (t === "query") setQueryOpened(true);
    setTabState(t);
  }, []);
  const [overview, setOverview] = useState<OverviewResponse | null>(null);
  const [menu, setMenu] = useState<{ id: string; at: Position } | null>(null);
  const [renderer, setRenderer] = useState<Renderer>("canvas");
  const [shortcuts, setShortcuts] = useState(false);
  const canvas = useRef<CanvasHandle>(null);
  const sharingCanvas = useMemo<SharingCanvas>(
    () => ({
      viewport: () => canvas.current?.viewport() ?? null,
      setViewport: (viewport) => canvas.current?.setViewport(viewport),
      png: () => canvas.current?.png() ?? null,
    }),
    [],
  );

  const loadOverview = useCallback(async () => {
    const result = await graphActions.overview();
    if (result) setOverview(result);
  }, []);

  // The first overview is asked for once (this effect also runs again when the renderer changes).
  const overviewAsked = useRef(false);
  useEffect(() => {
    // A permalink (/s/<id>) opens its snapshot instead (SharingMenu).
    if (!overviewAsked.current && !permalinkId) {
      overviewAsked.current = true;
      void loadOverview();
    }
    exposeHandle({
      stores: {
        graph: graphStore,
        filters: filterStore,
        search: searchStore,
        details: detailsStore,
        query: queryStore,
        status: statusStore,
      },
      actions: { graph: graphActions, details: detailsActions },
      snapshot: () => toSnapshot(graphStore.get(), filterStore.get(), canvas.current?.viewport() ?? null, renderer),
    });
  }, [loadOverview, renderer, permalinkId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setMenu(null);
        setShortcuts(false);
        return;
      }
      const typing = (e.target as HTMLElement).closest?.(".cm-editor, input, textarea, select");
      if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        if (e.key === "?") {
          setShortcuts(true);
          e.preventDefault();
          return;
        }
        if ((e.key === "Delete" || e.key === "Backspace") && selectionStore.get().ids.length > 0) {
          graphActions.hide(selectionStore.get().ids);
          e.preventDefault();
          return;
        }
      }
      if (!(e.metaKey || e.ctrlKey) || (e.target as HTMLElement).closest?.(".cm-editor, input, textarea")) return;
      // With Shift held the key is "Z", not "z" (so Ctrl+Shift+Z never redid).
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) graphActions.undo();
      else if (key === "y" || (key === "z" && e.shiftKey)) graphActions.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Back and Forward step through what was opened in the side panel (explorer steps), instead of
  // leaving the app: each new subject is a history entry of this page (same URL).
  useEffect(
    () =>
      bindPanelHistory({
        reopen: (selection) => {
          setTab("details");
          if (!selection) {
            detailsActions.close();
            graphActions.focus(null);
          } else if (selection.kind === "entity" || selection.kind === "claim") {
            if (selection.kind === "entity") void detailsActions.openEntity(selection.id);
            else void detailsActions.openClaim(selection.id);
            if (graphStore.get().nodes[selection.id]) graphActions.focus(selection.id);
          } else detailsActions.openEdge(selection.source, selection.target, selection.claims);
        },
      }),
    [setTab],
  );

  const showEntity = useCallback(
    async (id: string) => {
      setTab("details");
      // One request: the panel's answer also carries the node to draw when it is not on the canvas.
      const opened = detailsActions.openEntity(id);
      graphActions.focus(id);
      if (!graphStore.get().nodes[id]) {
        const entity = await opened;
        if ("value" in entity) {
          graphActions.add({ nodes: [entity.value.node], edges: [] });
          // The answer's id is the node's current one (the id asked for may be a former one).
          graphActions.focus(entity.value.node.id);
        } else notify({ kind: "error", text: entity.error });
      }
    },
    [setTab],
  );

  const showClaim = useCallback(
    async (id: string) => {
      setTab("details");
      void detailsActions.openClaim(id);
      if (!graphStore.get().nodes[id]) await graphActions.expand(id, undefined, undefined, 20);
      graphActions.focus(id);
    },
    [setTab],
  );

  // A statement from the Statements view: its reports on the canvas, the first one's details open.
  const openStatement = useCallback(
    async (id: string) => {
      const first = await statementsActions.open(id);
      if (!first) return;
      graphActions.focus(first);
      setTab("details");
      void detailsActions.openClaim(first);
    },
    [setTab],
  );

  const pickHit = (hit: SearchHit) => void (hit.label === "Claim" ? showClaim(hit.id) : showEntity(hit.id));

  const onNodeTap = (id: string) => {
    setMenu(null);
    const node = graphStore.get().nodes[id];
    graphActions.focus(id);
    inspectActions.show(id);
    setTab("details");
    if (node?.label === "Claim") void detailsActions.openClaim(id);
    else void detailsActions.openEntity(id);
  };

  const expand = async (id: string, type: ExpandableType | undefined, direction: "out" | "in" | undefined) => {
    setMenu(null);
    await graphActions.expand(id, type, direction);
  };

  const buttons: ToolbarButton[] = [
    { id: "undo", label: "↶", title: "Undo (Ctrl+Z)", onClick: graphActions.undo, disabled: graph.past.length === 0 },
    {
      id: "redo",
      label: "↷",
      title: "Redo (Ctrl+Shift+Z)",
      onClick: graphActions.redo,
      disabled: graph.future.length === 0,
    },
    {
      id: "show-hidden",
      label: `Show hidden${graph.hidden.length ? ` (${graph.hidden.length})` : ""}`,
      title: "Show hidden nodes again",
      onClick: graphActions.showAll,
      disabled: graph.hidden.length === 0,
    },
    { id: "fit", label: "Fit", title: "Fit the graph to the window", onClick: () => canvas.current?.fit() },
    {
      id: "layout",
      label: "Re-layout",
      title: "Lay out the whole graph again (pinned nodes stay)",
      onClick: () => canvas.current?.relayout(),
    },
    { id: "shortcuts", label: "?", title: "Keyboard shortcuts (?)", onClick: () => setShortcuts(true) },
    { id: "overview", label: "Overview", title: "Start again from the overview", onClick: () => void loadOverview() },
    {
      id: "clear",
      label: "Clear",
      title: "Empty the canvas (undo brings it back)",
      onClick: () => graphActions.replace({ nodes: [], edges: [] }),
    },
  ];

  const menuNode = menu ? graph.nodes[menu.id] : undefined;

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          claim<strong>graph</strong>
        </div>
        <SearchBox onPick={pickHit} />
        <TabList
          className="segmented"
          label="View"
          tabs={VIEWS}
          value={graph.view}
          onChoose={graphActions.setView}
          testIdPrefix="view"
        />
        <Toolbar
          buttons={buttons}
          extra={
            <select
              aria-label="Renderer"
              data-testid="renderer"
              value={renderer}
              onChange={(e) => setRenderer(e.target.value as Renderer)}
              title="WebGL draws large graphs faster"
            >
              <option value="canvas">Canvas</option>
              <option value="webgl">WebGL</option>
            </select>
          }
        />
        <SharingMenu canvas={sharingCanvas} renderer={renderer} onRenderer={setRenderer} permalinkId={permalinkId} />
      </header>
      <main className="main">
        <section className="stage">
          <SnapshotBanner />
          <div className="canvas-wrap">
            <GraphCanvas
              key={renderer}
              ref={canvas}
              elements={elements}
              focus={graph.focus}
              path={path}
              renderer={renderer}
              onNodeTap={onNodeTap}
              onNodeMenu={(id, at) => setMenu({ id, at })}
              onEdgeTap={(edge) => {
                setMenu(null);
                setTab("details");
                inspectActions.show(edge.id);
                if (edge.claims.length > 0) detailsActions.openEdge(edge.source, edge.target, edge.claims);
                else detailsActions.close();
              }}
              onSelect={selectionActions.set}
              onBackgroundTap={() => {
                setMenu(null);
                graphActions.focus(null);
              }}
              onPositions={graphActions.positions}
            />
            <NoticeBar />
            <SelectionBar onPath={(from, to) => void pathActions.find(from, to)} />
            {nodes.length === 0 && (
              <div className="stage-empty">Nothing on the canvas. Search above, load the overview, or run a query.</div>
            )}
            {menu && menuNode && (
              <ExpandMenu
                nodeId={menu.id}
                name={menuNode.name}
                at={menu.at}
                pinned={graph.pinned.includes(menu.id)}
                onExpand={(type, direction) => void expand(menu.id, type, direction)}
                onPin={() => {
                  graphActions.togglePin(menu.id);
                  setMenu(null);
                }}
                onHide={() => {
                  graphActions.hide([menu.id]);
                  setMenu(null);
                }}
                onFocus={() => {
                  graphActions.focus(menu.id);
                  setMenu(null);
                }}
                onClose={() => setMenu(null)}
              />
            )}
          </div>
          <Timeline nodes={nodes} />
          <Legend
            nodes={nodes}
            view={graph.view}
            info={
              <div className="stage-info" data-testid="stage-info">
                {elements.nodes.length} nodes · {elements.edges.length} edges
                {graph.view === "who" ? " · claims folded into speaker → target edges" : ""}
              </div>
            }
          />
        </section>
        <aside className="panel">
          <TabList className="tabs" tabs={PANEL_TABS} value={tab} onChoose={setTab} testIdPrefix="tab" />
          <div className="panel-body">
            {tab === "overview" && <OverviewPanel overview={overview} onOpen={(id) => void showEntity(id)} />}
            {tab === "statements" && <StatementsPanel onOpen={(id) => void openStatement(id)} />}
            {tab === "details" && (
              <>
                <DetailsPanel
                  onShowEntity={(id) => void showEntity(id)}
                  onShowClaim={(id) => void showClaim(id)}
                  onExpand={(id) => setMenu({ id, at: { x: 16, y: 16 } })}
                />
                <PropertyInspector />
              </>
            )}
            {queryOpened && (
              <div hidden={tab !== "query"}>
                <Suspense fallback={<div className="empty-note">Loading the Cypher editor…</div>}>
                  <QueryPanel />
                </Suspense>
              </div>
            )}
          </div>
        </aside>
      </main>
      {shortcuts && <ShortcutsDialog onClose={() => setShortcuts(false)} />}
    </div>
  );
}
