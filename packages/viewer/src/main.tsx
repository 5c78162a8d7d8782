import "./app/zod-config.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import "./app/styles.css";
import { snapshotIdFromPath } from "../shared/snapshot/contract.js";
import { prefetchOverview } from "./graph/store.js";

// A permalink (/s/<id>) shows its snapshot, not the live overview.
if (!snapshotIdFromPath(window.location.pathname)) prefetchOverview();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
