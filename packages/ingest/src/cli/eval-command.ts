import { createReadStream, existsSync } from "node:fs";
import type { Readable } from "node:stream";
import { type DocumentGraph, parseDocumentGraph } from "@claimgraph/schema";
import { type ClaimError, claimErrors, formatClaimError } from "../eval/claim-errors.js";
import { type EntityError, entityErrors, formatEntityError } from "../eval/entity-errors.js";
import { checkFloors, formatFloorChecks } from "../eval/floors.js";
import { withoutCountries } from "../eval/gum.js";
import { type DatasetScore, emptyGraph, formatScoreTable, type Metric, metric, scoreDataset } from "../eval/index.js";
import { type ClaimUnit, extractDocument } from "../extract/index.js";
import { countItems } from "../input/index.js";
import { readJsonLines } from "../input/json-lines.js";
import { MAX_DOCUMENT_BYTES } from "../input/limits.js";
import { parseCommandLine, positiveInt, UsageError } from "./args.js";
import { parseClaimUnit } from "./extract-command.js";
import { datasetName, readGold } from "./gold-datasets.js";
import { formatProblems, type Problem } from "./problems.js";
import { createProgress } from "./progress.js";
import {
  AUTHORED_SET_DIRS,
  AUTHORED_SETS,
  GOLD_DIR,
  GUM_DEV,
  GUM_ENTITIES,
  POLNEAR_CORENLP_DEV,
  POLNEAR_DEV,
  SEEDS_DIR,
} from "./repo-paths.js";
import { CommandError } from "./run-main.js";
import { silverAgreement } from "./silver-agreement.js";

export const EVAL_HELP = `Usage: pnpm eval [options] [gold...]

Scores extraction against gold annotations, as packages/ingest/gold/README.md defines it: person, org,
claim, claim+speaker, about and affiliation, each with precision, recall, F1 and tp/fp/fn.
Rows a gold does not annotate (PolNeAR has no entity list) read "n/a".

Gold: .gold.json files, folders of them, or .jsonl files (PolNeAR records or document graphs).
Default: ${GOLD_DIR} (texts in ${SEEDS_DIR}),
${AUTHORED_SETS.map((set) => `     ${set.dir} (${set.about}),`).join("\n")}
     ${POLNEAR_DEV},
     ${GUM_DEV} (GUM's Wikinews interviews: person and org only), and
     the entity tagger's agreement with CoreNLP on PolNeAR dev (${POLNEAR_CORENLP_DEV})

Options:
  --pred <file|->      score these predictions (JSON Lines from pnpm extract) instead of
                       extracting on the fly
  --texts <dir>        where the documents named by .gold.json files are (default: seeds/)
  --unit <u>           claim unit to extract with: quotation or attribution (see pnpm extract
                       --help). Default: the gold's own unit, attribution for PolNeAR (which
                       annotates "“A,” X said. “B.”" as one span) and quotation otherwise
  --without <layer>    extract without a learned layer (ablation; repeatable): cues (the cue
                       detector's claims) or speakers (the speaker ranker: the rules' speakers)
  --json               print the scores as JSON (with per-document counts)
  --worst <n>          also list the n documents with the lowest claim+speaker F1
  --entity-errors      also list each document's person and organization false positives
                       (fp) and negatives (fn), as the person and org rows count them
  --claim-errors       also list each document's missed claims, false claims and matched claims
                       with a wrong speaker, as the claim and claim+speaker rows count them
  --check              the quality gate: score the seed gold, newsdev, newstest, and PolNeAR dev
                       and GUM interview (when present), and fail when an F1 is below its floor
                       (src/eval/floors.ts)
  --quiet, -q          no progress on stderr
  --help, -h           show this help

Exit status: 0 when everything was scored, 1 when a gold or prediction could not be read
(or, with --check, a score is below its floor), 2 for bad usage.`;

export interface EvalIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin?: Readable;
}

export interface DatasetReport {
  name: string;
  source: string;
  /** The claim unit(s) extraction used (none when predictions were given). */
  units: ClaimUnit[];
  score: DatasetScore;
  extractSeconds: number;
  /** Entity gold only (GUM): the report shows the person and org rows. */
  entitiesOnly: boolean;
  /**
   * Entity gold only (GUM): the org row with countries left out of both sides (GUM types a country
   * as a place, the project as an Organization of kind "country"); printed beside the full row.
   */
  orgWithoutCountries?: Metric | null;
  /** With --entity-errors: each document's person/org false positives and negatives. */
  entityErrors?: { document: string; errors: EntityError[] }[];
  /** With --claim-errors: each document's missed and false claims and wrong speakers. */
  claimErrors?: { document: string; errors: ClaimError[] }[];
}

/** Predictions from a JSON Lines file: document graphs by document id (the last one wins). */
async function readPredictions(spec: string, stdin: Readable | undefined, problems: Problem[]) {
  if (spec !== "-" && !existsSync(spec)) {
    throw new CommandError(`${spec}: no such predictions file`, "make one with: pnpm extract <inputs> > pred.jsonl");
  }
  const name = spec === "-" ? "stdin" : spec;
  const stream = spec === "-" ? (stdin ?? process.stdin) : createReadStream(spec);
  const predictions = new Map<string, DocumentGraph>();
  for await (const line of readJsonLines(stream, name, MAX_DOCUMENT_BYTES * 4)) {
    const { origin } = line;
    if ("tooLong" in line) {
      problems.push({ origin, error: "prediction line over 20 MB", hint: "check that this is pnpm extract output" });
      continue;
    }
    if ("error" in line) {
      problems.push({ origin, error: line.error, hint: line.hint });
      continue;
    }
    const { value } = line;
    const parsed = parseDocumentGraph(value);
    if (parsed.ok) predictions.set(parsed.value.document, parsed.value);
    else
      problems.push({
        origin,
        error: `not a document graph: ${parsed.error}`,
        hint: "see packages/ingest/gold/README.md",
      });
  }
  return predictions;
}

/** The learned layers `--without` can leave out. */
const LEARNED_LAYERS = ["cues", "speakers"] as const;
type LearnedLayer = (typeof LEARNED_LAYERS)[number];

function extractSafely(
  gold: DocumentGraph,
  doc: Parameters<typeof extractDocument>[0],
  claimUnit: ClaimUnit,
  problems: Problem[],
  without: readonly LearnedLayer[] = [],
) {
  try {
    const options = {
      claimUnit,
      ...(without.includes("cues") ? { cueDetector: null } : {}),
      ...(without.includes("speakers") ? { speakerRanker: null } : {}),
    };
    return { ...extractDocument(doc, options), document: gold.document };
  } catch (error) {
    problems.push({
      origin: doc.origin,
      error: `extraction failed: ${(error as Error).message}`,
      hint: "a bug in the extractor",
    });
    return { ...emptyGraph(gold.document), error: (error as Error).message };
  }
}

async function scoreSpec(
  spec: string,
  options: {
    textsDir: string;
    predictions?: Map<string, DocumentGraph>;
    unit?: ClaimUnit;
    without?: readonly LearnedLayer[];
    quiet: boolean;
    entityErrors?: boolean;
    claimErrors?: boolean;
    stderr: NodeJS.WriteStream;
  },
  problems: Problem[],
): Promise<DatasetReport> {
  const name = datasetName(spec);
  const total =
    !options.quiet && options.stderr.isTTY && /\.(jsonl|ndjson)$/.test(spec) ? await countItems([spec]) : undefined;
  const progress = createProgress({
    label: `eval ${name}`,
    stream: options.stderr,
    quiet: options.quiet,
    ...(total ? { total } : {}),
  });
  const golds: DocumentGraph[] = [];
  const predicted: DocumentGraph[] = [];
  const units = new Set<ClaimUnit>();
  let extractMs = 0;
  let entitiesOnly = true;
  for await (const entry of readGold(spec, options.textsDir)) {
    if ("problem" in entry) {
      problems.push(entry.problem);
      continue;
    }
    golds.push(entry.gold);
    if (!entry.entitiesOnly) entitiesOnly = false;
    if (options.predictions) {
      const prediction = options.predictions.get(entry.gold.document);
      if (prediction) predicted.push(prediction);
    } else if (entry.input.ok) {
      const started = performance.now();
      const unit = options.unit ?? entry.unit;
      units.add(unit);
      predicted.push(extractSafely(entry.gold, entry.input.doc, unit, problems, options.without));
      extractMs += performance.now() - started;
    } else {
      problems.push(entry.input.problem);
      predicted.push({ ...emptyGraph(entry.gold.document), error: entry.input.problem.error });
    }
    progress.update(golds.length);
  }
  progress.end();
  const entityGold = entitiesOnly && golds.length > 0;
  const byDocument = new Map(predicted.map((graph) => [graph.document, graph]));
  const errors = options.entityErrors
    ? golds
        .filter((gold) => gold.entities.length > 0)
        .map((gold) => ({
          document: gold.document,
          errors: entityErrors(byDocument.get(gold.document) ?? emptyGraph(gold.document), gold),
        }))
    : undefined;
  const wrongClaims = options.claimErrors
    ? golds.map((gold) => ({
        document: gold.document,
        errors: claimErrors(byDocument.get(gold.document) ?? emptyGraph(gold.document), gold),
      }))
    : undefined;
  return {
    name,
    source: spec,
    units: [...units],
    score: scoreDataset(predicted, golds),
    extractSeconds: extractMs / 1000,
    entitiesOnly: entityGold,
    // every set that annotates entities also gets the org row without countries (GUM types them as
    // places, the held-out Wikinews set of issue 11 leaves them out, newsdev names every one)
    ...(golds.some((gold) => gold.entities.length > 0)
      ? { orgWithoutCountries: scoreDataset(predicted.map(withoutCountries), golds.map(withoutCountries)).rows.org }
      : {}),
    ...(errors ? { entityErrors: errors } : {}),
    ...(wrongClaims ? { claimErrors: wrongClaims } : {}),
  };
}

/** The golds in the repository, scored by default and always held to floors: the seed's, the authored news sets. */
const REPOSITORY_GOLDS = [GOLD_DIR, ...AUTHORED_SET_DIRS];

function defaultSpecs(): string[] {
  const specs = [...REPOSITORY_GOLDS, POLNEAR_DEV, GUM_DEV].filter((spec) =>
    existsSync(spec === GUM_DEV ? GUM_ENTITIES : spec),
  );
  if (specs.length === 0) {
    throw new CommandError(
      `no gold given, and the default gold is not there (${GOLD_DIR}, ${POLNEAR_DEV})`,
      "name gold files or folders: pnpm eval path/to/x.gold.json",
    );
  }
  return specs;
}

/** What the quality gate scores by default: the seed gold, newsdev to newsdev16 and newstest always, PolNeAR dev and GUM interview when they are there. */
function gateSpecs(notChecked: string[]): string[] {
  const specs = [...REPOSITORY_GOLDS];
  if (existsSync(POLNEAR_DEV)) specs.push(POLNEAR_DEV);
  else notChecked.push(`PolNeAR dev (${POLNEAR_DEV} is absent: PolNeAR lives outside the repository)`);
  if (existsSync(GUM_ENTITIES)) specs.push(GUM_DEV);
  else notChecked.push(`GUM interview (${GUM_ENTITIES} is absent: it lives outside the repository)`);
  return specs;
}

/** --entity-errors: the person/org errors of each document of a dataset. */
function formatEntityErrors(name: string, documents: readonly { document: string; errors: EntityError[] }[]): string {
  const lines = documents.flatMap(({ document, errors }) =>
    errors.length === 0 ? [] : [`  ${document}`, ...errors.map((e) => `    ${formatEntityError(e)}`)],
  );
  return `\nPerson and organization errors, ${name}:\n${lines.length > 0 ? lines.join("\n") : "  none"}\n`;
}

/** --claim-errors: the claim errors of each document of a dataset. */
function formatClaimErrors(name: string, documents: readonly { document: string; errors: ClaimError[] }[]): string {
  const lines = documents.flatMap(({ document, errors }) =>
    errors.length === 0 ? [] : [`  ${document}`, ...errors.map((e) => `    ${formatClaimError(e)}`)],
  );
  return `\nClaim errors, ${name}:\n${lines.length > 0 ? lines.join("\n") : "  none"}\n`;
}

/** The documents with the lowest claim+speaker F1, to know where to look. */
function worstDocuments(reports: readonly DatasetReport[], count: number): string {
  const rows = reports.flatMap(({ name, score }) =>
    score.perDocument.map((d) => {
      const counts = d.counts["claim+speaker"] ?? { tp: 0, fp: 0, fn: 0 };
      return { name, document: d.document, counts, f1: metric(counts).f1 };
    }),
  );
  rows.sort((a, b) => a.f1 - b.f1 || b.counts.fn + b.counts.fp - (a.counts.fn + a.counts.fp));
  const lines = rows
    .slice(0, count)
    .map(
      (r) => `  ${r.f1.toFixed(3)}  tp ${r.counts.tp} fp ${r.counts.fp} fn ${r.counts.fn}  ${r.name}: ${r.document}`,
    );
  return `\nLowest claim+speaker F1:\n${lines.join("\n")}\n`;
}

/** The org row without countries, as the table labels it. */
const COUNTRIES_ROW = "org w/o countries";

function textReport(reports: readonly DatasetReport[], unscored: number): string {
  const blocks = reports.map(({ name, source, units, score, extractSeconds, entitiesOnly, orgWithoutCountries }) => {
    const notes = [
      `${score.documents} documents`,
      units.length > 0 ? `claim unit ${units.join(" + ")}` : "",
      extractSeconds > 0 ? `extracted in ${extractSeconds.toFixed(2)} s` : "",
      score.missing.length > 0 ? `${score.missing.length} without prediction` : "",
      score.failed.length > 0 ? `${score.failed.length} failed` : "",
    ].filter(Boolean);
    const table = formatScoreTable(
      score.rows,
      entitiesOnly ? ["person", "org"] : undefined,
      orgWithoutCountries ? [[COUNTRIES_ROW, orgWithoutCountries]] : [],
    );
    const countries = orgWithoutCountries
      ? `${COUNTRIES_ROW}: the org row with countries left out of both sides (GUM types a country as a place, the project as an Organization of kind "country" and reports it only when a claim or affiliation uses it); the org row above counts them\n`
      : "";
    return `${name} (${source}): ${notes.join(", ")}\n${table}\n${countries}`;
  });
  const tail = unscored > 0 ? `${unscored} predictions match no gold document and were not scored.\n` : "";
  return `${blocks.join("\n")}${tail}`;
}

export async function evalCommand(argv: string[], io: EvalIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    pred: { type: "string" },
    texts: { type: "string" },
    unit: { type: "string" },
    without: { type: "string", multiple: true },
    json: { type: "boolean", default: false },
    worst: { type: "string" },
    "entity-errors": { type: "boolean", default: false },
    "claim-errors": { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    quiet: { type: "boolean", short: "q", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (values.help) {
    io.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  const problems: Problem[] = [];
  const check = Boolean(values.check);
  if (check && values.unit !== undefined) {
    throw new UsageError("--check compares each gold's own claim unit with its floors: leave out --unit");
  }
  const notChecked: string[] = [];
  const specs = positionals.length > 0 ? positionals : check ? gateSpecs(notChecked) : defaultSpecs();
  const predictions = values.pred === undefined ? undefined : await readPredictions(values.pred, io.stdin, problems);
  const textsDir = values.texts ?? SEEDS_DIR;
  const unit = parseClaimUnit(values.unit);
  const quiet = Boolean(values.quiet);
  const without = (values.without ?? []) as string[];
  for (const layer of without)
    if (!LEARNED_LAYERS.includes(layer as LearnedLayer))
      throw new UsageError(`--without ${layer}: not a learned layer (one of ${LEARNED_LAYERS.join(", ")})`);
  if (check && without.length > 0) throw new UsageError("--check scores the shipped extraction: leave out --without");

  const reports: DatasetReport[] = [];
  for (const spec of specs) {
    reports.push(
      await scoreSpec(
        spec,
        {
          textsDir,
          quiet,
          entityErrors: Boolean(values["entity-errors"]),
          claimErrors: Boolean(values["claim-errors"]),
          stderr: io.stderr,
          without: without as LearnedLayer[],
          ...(predictions ? { predictions } : {}),
          ...(unit ? { unit } : {}),
        },
        problems,
      ),
    );
  }
  const agreement =
    !check && positionals.length === 0 && existsSync(POLNEAR_CORENLP_DEV) ? silverAgreement() : undefined;
  const gate = check ? checkFloors(reports.map(({ name, score }) => ({ name, rows: score.rows }))) : undefined;
  const scored = new Set(reports.flatMap((r) => r.score.perDocument.map((d) => d.document)));
  const unscored = predictions ? [...predictions.keys()].filter((id) => !scored.has(id)) : [];

  if (values.json) {
    const datasets = reports.map(
      ({ name, source, units, score, extractSeconds, entitiesOnly, orgWithoutCountries }) => ({
        name,
        source,
        units,
        extractSeconds,
        entitiesOnly,
        ...(orgWithoutCountries ? { orgWithoutCountries } : {}),
        ...score,
      }),
    );
    io.stdout.write(`${JSON.stringify({ datasets, unscored, problems, agreement, gate }, null, 2)}\n`);
  } else {
    io.stdout.write(textReport(reports, unscored.length));
    if (agreement) io.stdout.write(`\n${agreement.text}\n`);
    for (const { name, entityErrors: listed } of reports) if (listed) io.stdout.write(formatEntityErrors(name, listed));
    for (const { name, claimErrors: listed } of reports) if (listed) io.stdout.write(formatClaimErrors(name, listed));
    const worst = positiveInt(values.worst, "--worst", 0);
    if (worst > 0) io.stdout.write(worstDocuments(reports, worst));
    if (gate) io.stdout.write(`\n${formatFloorChecks(gate, notChecked)}`);
  }
  if (problems.length > 0) io.stderr.write(formatProblems(problems));
  return problems.length > 0 || gate?.some((c) => !c.ok) ? 1 : 0;
}
