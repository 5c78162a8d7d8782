/**
 * The self-contained HTML export: one file holding the snapshot and the minimal viewer's script
 * (export-viewer/, built into one JS string with Cytoscape inlined). Opens offline by double-click:
 * no network, no external URL. Pure.
 */
import type { Snapshot } from "../../shared/snapshot/schema.js";
import { escapeXml } from "./svg.js";

/** Text that can sit inside a <script> element: no "</script", "<!--" or U+2028/2029 can end it early. */
export function scriptSafe(text: string): string {
  return text.replaceAll("<", "\\u003c").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}

/** The viewer's script as a classic script body: only "</script" needs breaking up. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1");
}

export const EXPORT_STYLES = `
*{box-sizing:border-box}html,body{margin:0;height:100%;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fafaf8}
#app{display:grid;grid-template-columns:1fr 340px;grid-template-rows:auto 1fr;height:100%}
header{grid-column:1/3;padding:8px 14px;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:16px;margin:0}header p{margin:2px 0 0;color:#666;font-size:12px}header p.notes{color:#222;font-size:13px;white-space:pre-wrap}
#cy{position:relative;min-height:0}
aside{border-left:1px solid #ddd;background:#fff;padding:12px;overflow:auto}
aside blockquote{margin:8px 0;padding:8px 10px;border-left:3px solid #59a14f;background:#f4f7f2}
aside .meta{color:#666;font-size:12px}aside h2{font-size:14px;margin:0 0 6px}
aside ul{padding-left:18px;margin:4px 0}
`;

export function buildExportHtml(snapshot: Snapshot, viewerJs: string): string {
  const data = scriptSafe(JSON.stringify(snapshot));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<title>${escapeXml(snapshot.title)} — claimgraph snapshot</title>
<style>${EXPORT_STYLES}</style>
</head>
<body>
<div id="app"><header><h1>${escapeXml(snapshot.title)}</h1><p id="meta"></p></header><div id="cy"></div><aside id="details"><p class="meta">Click a claim to read its quote, or a person or organization to list their claims. Scroll to zoom, drag to pan.</p></aside></div>
<script type="application/json" id="claimgraph-snapshot">${data}</script>
<script>${inlineScript(viewerJs)}</script>
</body>
</html>
`;
}
