/**
 * The page runs under a Content-Security-Policy without 'unsafe-eval' (server/http/headers.ts).
 * zod compiles fast parsers with `new Function` unless told not to, and its probe for that is
 * reported as a CSP violation: parse without it. Imported first by main.tsx.
 */
import { z } from "zod";

z.config({ jitless: true });
