// Entry of the Cypher worker when the server runs from its TypeScript sources (pnpm start, tests):
// a worker thread does not inherit the tsx loader, so it registers it before loading the worker.
import { register } from "tsx/esm/api";

register();
await import("./query-worker.ts");
