/** The browser side of the snapshot API (fetch + zod); errors carry the server's message. */
import type { z } from "zod";
import { ApiClientError } from "../api/client.js";
import { apiErrorSchema } from "../api/contract.js";
import { loadResponseSchema, SNAPSHOT_ROUTES, saveResponseSchema } from "./contract.js";
import { dataSourceSchema, type Snapshot } from "./schema.js";

async function call<T extends z.ZodType>(schema: T, url: string, init?: RequestInit): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiClientError("The viewer's server does not answer. Is `pnpm start` still running?", 0, "network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) throw new ApiClientError(parsed.data.error.message, response.status, parsed.data.error.code);
    throw new ApiClientError(`The server answered ${response.status} without an explanation.`, response.status, "http");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiClientError(
      "The server sent a snapshot this page does not understand; reload the page.",
      200,
      "contract",
    );
  }
  return parsed.data;
}

export const snapshotApi = {
  save: (snapshot: Snapshot) =>
    call(saveResponseSchema, SNAPSHOT_ROUTES.save, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(snapshot),
    }),
  load: (id: string) => call(loadResponseSchema, SNAPSHOT_ROUTES.load.replace(":id", encodeURIComponent(id))),
  source: () => call(dataSourceSchema, SNAPSHOT_ROUTES.source),
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
