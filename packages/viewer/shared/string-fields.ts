import { z } from "zod";

/**
 * A record whose fields are all plain strings (ids, names, texts, dates as the server sends them),
 * declared by its keys: `stringFields("claimId", "text")` is `z.object({ claimId: z.string(), text:
 * z.string() })`, with the same inferred type.
 */
export function stringFields<K extends string>(...keys: K[]): z.ZodObject<{ [P in K]: z.ZodString }> {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as { [P in K]: z.ZodString });
}
