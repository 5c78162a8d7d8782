import type { Readable } from "node:stream";
import type { DocumentGraph, DocumentMeta } from "@claimgraph/schema";
import { CLAIM_UNITS, type ClaimUnit, extractDocument } from "../extract/index.js";
import { countItems, readInputs } from "../input/index.js";
import type { InputDocument } from "../input/types.js";
import { parseCommandLine, UsageError } from "./args.js";
import { formatProblems, type Problem } from "./problems.js";
import { createProgress } from "./progress.js";
import { writeLine } from "./run-main.js";

export const EXTRACT_HELP = `Usage: pnpm extract [options] <file|dir|glob|->...

Finds people, organizations, affiliations and claims (who said what about whom) in articles and
prints one document graph per article as JSON Lines on stdout, in the format of
packages/ingest/gold/README.md, ready for \`pnpm eval --pred\`.

Inputs: .txt, .md, .html and .jsonl/.json files ({"id", "text", "title"?, ...} per line, also
the PolNeAR shape); directories (recursive, sorted, hidden files skipped); quoted globs
("articles/**/*.md"); "-" for stdin. One document is at most 5 MB.

Options:
  --unit <u>    quotation (default): one claim per quotation or reported clause, as the
                project's gold counts them; attribution: one claim per attribution relation,
                as PolNeAR annotates them ("“A,” X said. “B.”" is one claim, and a speech
                verb's object counts from one word: "Rubio opposes abortion")
  --no-text     leave out each document's "text" (the string every offset refers to)
  --quiet, -q   no progress and no summary on stderr (problems are still printed)
  --help, -h    show this help

Output: each line is {"document", "entities", "affiliations", "claims", "meta", "text"}. An input
that cannot be read or extracted gives {"document", "error", "hint"} instead, and is listed on
stderr. Exit status: 0 when every input was extracted, 1 when any failed, 2 for bad usage.`;

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin?: Readable;
}

function metaOf(doc: InputDocument): DocumentMeta {
  const meta: DocumentMeta = {};
  if (doc.title) meta.title = doc.title;
  if (doc.url) meta.url = doc.url;
  if (doc.date) meta.date = doc.date;
  if (doc.source) meta.source = doc.source;
  return meta;
}

/** The output line of one document: the graph (named after the input id), its meta and text. */
export function outputGraph(doc: InputDocument, graph: DocumentGraph, withText: boolean): DocumentGraph {
  const line: DocumentGraph = { ...graph, document: doc.id, meta: metaOf(doc) };
  if (withText) line.text = doc.text;
  else delete line.text;
  return line;
}

export async function extractCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    "no-text": { type: "boolean", default: false },
    unit: { type: "string" },
    quiet: { type: "boolean", short: "q", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    io.stdout.write(`${EXTRACT_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("no input given: name files, directories, globs, or - for stdin");
  const claimUnit = parseClaimUnit(values.unit) ?? "quotation";

  const quiet = Boolean(values.quiet);
  const total = !quiet && io.stderr.isTTY ? await countItems(positionals) : undefined;
  const progress = createProgress({ label: "extract", stream: io.stderr, quiet, ...(total ? { total } : {}) });
  const problems: Problem[] = [];
  const repaired: string[] = [];
  const started = performance.now();
  let documents = 0;
  let claims = 0;
  let bytes = 0;

  const fail = async (document: string, origin: string, error: string, hint: string | undefined) => {
    problems.push({ origin, error, hint });
    await writeLine(io.stdout, JSON.stringify({ document, error, ...(hint ? { hint } : {}) }));
  };

  for await (const item of readInputs(positionals, io.stdin ? { stdin: io.stdin } : {})) {
    if (!item.ok) {
      await fail(item.origin, item.origin, item.error, item.hint);
    } else {
      let graph: DocumentGraph;
      try {
        graph = extractDocument(item.doc, { claimUnit });
      } catch (error) {
        await fail(
          item.doc.id,
          item.doc.origin,
          `extraction failed: ${(error as Error).message}`,
          "this is a bug in the extractor: please report it with this document",
        );
        continue;
      }
      documents++;
      if (item.doc.repairedCharacters) repaired.push(item.doc.origin);
      claims += graph.claims.length;
      bytes += item.doc.text.length;
      await writeLine(io.stdout, JSON.stringify(outputGraph(item.doc, graph, !values["no-text"])));
    }
    progress.update(
      documents + problems.length,
      `${claims} claims${problems.length ? ` · ${problems.length} failed` : ""}`,
    );
  }
  progress.end();

  const seconds = (performance.now() - started) / 1000;
  if (problems.length > 0) io.stderr.write(formatProblems(problems));
  if (repaired.length > 0 && !quiet)
    io.stderr.write(
      `extract: ${repaired.length} document${repaired.length === 1 ? "" : "s"} had UTF-8 read as Windows-1252 ("FranÃ§ois"), read as what it encodes (offsets refer to the repaired text): ${repaired.slice(0, 5).join(", ")}${repaired.length > 5 ? ", …" : ""}\n`,
    );
  if (!quiet || problems.length > 0) {
    io.stderr.write(
      `extract: ${documents} documents, ${claims} claims, ${problems.length} failed in ${seconds.toFixed(1)} s` +
        ` (${(documents / Math.max(seconds, 1e-3)).toFixed(1)} documents/s, ${(bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(2)} M chars/s)\n`,
    );
  }
  return problems.length > 0 ? 1 : 0;
}

/** `--unit`: a claim unit, or undefined when not given. */
export function parseClaimUnit(value: string | undefined): ClaimUnit | undefined {
  if (value === undefined) return undefined;
  const unit = CLAIM_UNITS.find((u) => u === value);
  if (!unit) throw new UsageError(`--unit must be ${CLAIM_UNITS.join(" or ")}, not "${value}"`);
  return unit;
}
