/** The browser side of the API: fetch + zod parsing; errors carry the server's message and position. */
import type { z } from "zod";
import {
  API_ROUTES,
  apiErrorSchema,
  type CypherRequest,
  claimResponseSchema,
  countsResponseSchema,
  cypherResponseSchema,
  type ExpandRequest,
  entityResponseSchema,
  expandResponseSchema,
  overviewResponseSchema,
  schemaResponseSchema,
  searchResponseSchema,
} from "../../shared/api/contract.js";

export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly position?: { line: number; column: number; offset: number },
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

/**
 * fetch + zod: the answer parsed by `schema`, or an ApiClientError carrying the server's message
 * (and a Cypher error's position). Every browser request to the viewer's server goes through here.
 */
export async function requestJson<T extends z.ZodType>(
  schema: T,
  url: string,
  init?: RequestInit,
): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if ((error as Error).name === "AbortError") throw new ApiClientError("Cancelled.", 0, "cancelled");
    throw new ApiClientError("The viewer's server does not answer. Is `pnpm start` still running?", 0, "network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) {
      const { message, code, position } = parsed.data.error;
      throw new ApiClientError(message, response.status, code, position);
    }
    throw new ApiClientError(`The server answered ${response.status} without an explanation.`, response.status, "http");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiClientError(
      "The server sent an answer this page does not understand; reload the page.",
      200,
      "contract",
    );
  return parsed.data;
}

const qs = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
const postJson = (payload: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(payload),
});

export const api = {
  search: (q: string, limit = 12) => requestJson(searchResponseSchema, `${API_ROUTES.search}?${qs({ q, limit })}`),
  counts: (id: string) => requestJson(countsResponseSchema, `${API_ROUTES.counts}?${qs({ id })}`),
  expand: (request: ExpandRequest) => requestJson(expandResponseSchema, API_ROUTES.expand, postJson(request)),
  entity: (id: string) => requestJson(entityResponseSchema, `${API_ROUTES.entity}?${qs({ id })}`),
  claim: (id: string) => requestJson(claimResponseSchema, `${API_ROUTES.claim}?${qs({ id })}`),
  overview: (top = 12) => requestJson(overviewResponseSchema, `${API_ROUTES.overview}?${qs({ top })}`),
  cypher: (request: CypherRequest, signal?: AbortSignal) =>
    requestJson(cypherResponseSchema, API_ROUTES.cypher, { ...postJson(request), ...(signal ? { signal } : {}) }),
  schema: () => requestJson(schemaResponseSchema, API_ROUTES.schema),
};

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
