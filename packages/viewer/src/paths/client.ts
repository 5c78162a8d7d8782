/** The browser side of the shortest-path API (fetch + zod, through the app's requestJson). */
import { PATH_ROUTE, type PathScope, pathResponseSchema } from "../../shared/paths/contract.js";
import { requestJson } from "../api/client.js";

export const pathApi = {
  shortest: (from: string, to: string, scope: PathScope = "claims") =>
    requestJson(pathResponseSchema, `${PATH_ROUTE}?${new URLSearchParams({ from, to, scope })}`),
};
