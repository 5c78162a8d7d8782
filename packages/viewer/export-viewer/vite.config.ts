/**
 * Builds the HTML export's viewer into ONE classic script, dist/export-viewer.js, with Cytoscape
 * and everything else inlined (no imports, no chunks), for the app to embed in exported files.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  build: {
    outDir: path.resolve(here, "..", "dist"),
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    chunkSizeWarningLimit: 1500,
    lib: {
      entry: path.resolve(here, "main.ts"),
      formats: ["iife"],
      name: "claimgraphExportViewer",
      fileName: () => "export-viewer.js",
    },
  },
});
