import "./app/zod-config.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import "./app/styles.css";
import { snapshotIdFromPath } from "../shared/snapshot/contract.js";
import { prefetchOverview } from "./graph/store.js";
import { startRecordingSteps } from "./snapshot/store.js";

// Sharing records the steps of an exploration from the start (snapshot/steps.ts).
startRecordingSteps();

// The one place the route is read: a permalink (/s/<token>) shows its snapshot, not the live overview.
const permalinkId = snapshotIdFromPath(window.location.pathname);
if (!permalinkId) prefetchOverview();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App permalinkId={permalinkId} />
    </StrictMode>,
  );
}
