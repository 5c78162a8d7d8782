/** Sharing's exports: the snapshot file, the self-contained HTML, PNG, SVG, and the claims in view as CSV or JSON. */
import type { Renderer } from "../../shared/snapshot/explorer-state.js";
import { messageOf } from "../api/client.js";
import { toCsv } from "../export/csv.js";
import { download, fileNameFor } from "../export/download.js";
import { buildExportHtml } from "../export/html.js";
import { toClaimsJson } from "../export/json.js";
import { claimRows } from "../export/rows.js";
import { toSvg } from "../export/svg.js";
import { graphStore } from "../graph/store.js";
import { notify } from "../status/store.js";
import { take } from "./actions.js";
import { snapshotApi } from "./client.js";
import { locateClaims } from "./locate.js";
import type { SharingCanvas } from "./store.js";
import { allClaims, claimsInView, currentView } from "./view.js";

export const exportActions = {
  async exportFile(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes = "") {
    await locateClaims(allClaims());
    const snapshot = await take(canvas, renderer, title, notes);
    download(fileNameFor(title, "claimgraph.json"), `${JSON.stringify(snapshot, null, 1)}\n`, "application/json");
  },

  async exportHtml(canvas: SharingCanvas | null, renderer: Renderer, title: string, notes = "") {
    try {
      await locateClaims(allClaims());
      const [snapshot, script] = await Promise.all([take(canvas, renderer, title, notes), snapshotApi.viewerScript()]);
      download(fileNameFor(title, "html"), buildExportHtml(snapshot, script), "text/html");
    } catch (error) {
      notify({ kind: "error", text: messageOf(error) });
    }
  },

  exportPng(canvas: SharingCanvas | null, title: string) {
    const png = canvas?.png();
    if (png) download(fileNameFor(title, "png"), png, "image/png");
    else notify({ kind: "warning", text: "Nothing to draw: the canvas is empty." });
  },

  exportSvg(title: string) {
    const { nodes, edges } = currentView();
    download(fileNameFor(title, "svg"), toSvg({ nodes, edges, title }), "image/svg+xml");
  },

  async exportCsv(title: string) {
    await locateClaims(claimsInView());
    const { nodes, edges } = graphStore.get();
    download(
      fileNameFor(title, "csv"),
      `\uFEFF${toCsv(claimRows(claimsInView(), nodes, Object.values(edges)))}`,
      "text/csv",
    );
  },

  async exportJson(title: string) {
    await locateClaims(claimsInView());
    const { nodes, edges } = graphStore.get();
    const rows = claimRows(claimsInView(), nodes, Object.values(edges));
    download(fileNameFor(title, "claims.json"), toClaimsJson(rows, title, new Date()), "application/json");
  },
};
