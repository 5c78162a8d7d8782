import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `pnpm dev` proxies /api to a viewer server started separately (VIEWER_API, default :5178).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": process.env.VIEWER_API ?? "http://127.0.0.1:5178" } },
});
