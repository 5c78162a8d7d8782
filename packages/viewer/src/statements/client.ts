/** The browser side of the Statements view's API (fetch + zod, through the app's requestJson). */
import {
  STATEMENT_ROUTES,
  type StatementRanking,
  statementGraphResponseSchema,
  statementsResponseSchema,
} from "../../shared/statements/contract.js";
import { requestJson } from "../api/client.js";

export const statementsApi = {
  rank: (by: StatementRanking, limit = 25) =>
    requestJson(
      statementsResponseSchema,
      `${STATEMENT_ROUTES.list}?${new URLSearchParams({ by, limit: String(limit) })}`,
    ),
  graph: (id: string) =>
    requestJson(statementGraphResponseSchema, `${STATEMENT_ROUTES.graph}?${new URLSearchParams({ id })}`),
};
