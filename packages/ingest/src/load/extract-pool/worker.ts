// One extraction thread of ExtractPool: receives documents, answers with their graphs (or why
// extraction failed), in the order it received them.
import { parentPort } from "node:worker_threads";
import { extractDocument } from "../../extract/extract-document.js";
import type { ExtractReply, ExtractRequest } from "./messages.js";

parentPort?.on("message", (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    const graph = extractDocument(request.doc);
    reply = graph.error ? { id: request.id, error: graph.error } : { id: request.id, graph };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
