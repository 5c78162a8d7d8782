/**
 * The project's seeded generator (mulberry32, from @claimgraph/ingest), so a test draws the same
 * values on every run and a failure replays; the server's tests reach ingest only through test/.
 */
export { seededRandom } from "@claimgraph/ingest";
