/** The browser side of the corrections API (fetch + zod, through the app's requestJson). */

import {
  CORRECTION_ROUTES,
  type CorrectionRequest,
  correctionPath,
  correctionResponseSchema,
  resolutionResponseSchema,
} from "../../shared/corrections/contract.js";
import { requestJson } from "../api/client.js";

const json = (method: string, payload: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(payload),
});

export const correctionsApi = {
  resolution: (entity: string) =>
    requestJson(resolutionResponseSchema, `${CORRECTION_ROUTES.corrections}?${new URLSearchParams({ entity })}`),
  record: (request: CorrectionRequest) =>
    requestJson(correctionResponseSchema, CORRECTION_ROUTES.corrections, json("POST", request)),
  undo: (id: string, by: string) => requestJson(correctionResponseSchema, correctionPath(id), json("DELETE", { by })),
};

const ANALYST_KEY = "claimgraph.analyst";

/** Who the analyst says they are (kept in this browser; the record stores it as `by`). */
export function analystName(): string {
  try {
    return localStorage.getItem(ANALYST_KEY)?.trim() || "analyst";
  } catch {
    return "analyst";
  }
}

export function setAnalystName(name: string): void {
  try {
    localStorage.setItem(ANALYST_KEY, name);
  } catch {
    // storage unavailable (private mode): the name lasts for this page only
  }
}
