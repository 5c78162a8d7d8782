/** The browser side of the snapshot API (fetch + zod); errors carry the server's message. */

import { z } from "zod";
import { loadResponseSchema, SNAPSHOT_ROUTES, saveResponseSchema } from "../../shared/snapshot/contract.js";
import { dataSourceSchema, type Snapshot } from "../../shared/snapshot/schema.js";
import { ApiClientError, requestJson } from "../api/client.js";

export const snapshotApi = {
  save: (snapshot: Snapshot) =>
    requestJson(saveResponseSchema, SNAPSHOT_ROUTES.save, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(snapshot),
    }),
  load: (id: string) => requestJson(loadResponseSchema, SNAPSHOT_ROUTES.load.replace(":id", encodeURIComponent(id))),
  source: () => requestJson(dataSourceSchema, SNAPSHOT_ROUTES.source),
  /** Deletes the snapshot its link opens (the link is the proof of ownership); 204 has no body. */
  remove: (id: string) =>
    requestJson(z.null(), SNAPSHOT_ROUTES.load.replace(":id", encodeURIComponent(id)), { method: "DELETE" }),
  /** The HTML export's viewer script, built next to the app (dist/export-viewer.js). */
  async viewerScript(): Promise<string> {
    const response = await fetch("/export-viewer.js").catch(() => null);
    if (!response?.ok) {
      throw new ApiClientError(
        "The HTML export's viewer is not built: run `pnpm --filter @claimgraph/viewer build` and reload.",
        response?.status ?? 0,
        "not_built",
      );
    }
    return response.text();
  },
};
