import type { z } from "zod";
import { ApiError } from "../errors.js";

/**
 * A request's query or body checked against its contract schema; a mismatch is the client's
 * mistake, answered 400 with every problem named ("Invalid search: q: Too small…").
 */
export function parseRequest<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : what}: ${issue.message}`)
    .join("; ");
  throw new ApiError(400, "bad_request", `Invalid ${what}: ${issues}.`);
}
