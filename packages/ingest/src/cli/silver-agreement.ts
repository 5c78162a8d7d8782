import { readFileSync } from "node:fs";
import { charSpans, countSpans, f1, type SpanScores } from "../eval/span-score.js";
import { entityTagger } from "../extract/entities/tagger/load-model.js";
import { tagDocument } from "../extract/entities/tagger/tag.js";
import { tokenizeDocument } from "../train/examples.js";
import { type CoreNlpRecord, coreNlpSpans } from "../train/polnear-silver.js";
import { POLNEAR_CORENLP_DEV, POLNEAR_DEV } from "./repo-paths.js";

/**
 * How often the entity tagger agrees with CoreNLP's silver names on PolNeAR dev (exact spans,
 * per type). Informative only: CoreNLP is not gold, and the numbers are not a target.
 */
export function silverAgreement(): { scores: SpanScores; text: string } {
  const texts = new Map<string, string>();
  for (const line of readFileSync(POLNEAR_DEV, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; text: string };
    texts.set(record.id, record.text);
  }
  const model = entityTagger();
  const scores: SpanScores = {};
  let documents = 0;
  for (const line of readFileSync(POLNEAR_CORENLP_DEV, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as CoreNlpRecord;
    const text = texts.get(record.id);
    if (text === undefined) continue;
    documents++;
    const { tokens, sentences, context } = tokenizeDocument(text);
    countSpans(
      charSpans(tokens, tagDocument(model, tokens, sentences, context)),
      coreNlpSpans(record),
      ["PER", "ORG", "LOC"],
      scores,
    );
  }
  const rows = Object.entries(scores).map(([type, c]) => {
    const m = f1(c);
    return `${type.padEnd(13)}  ${m.p.toFixed(3)}  ${m.r.toFixed(3)}  ${m.f1.toFixed(3)}  ${c.tp}  ${c.fp}  ${c.fn}`;
  });
  const text = `Entity tagger vs CoreNLP silver, PolNeAR dev (${documents} documents, exact spans; informative, not gold):\n                   P      R     F1  tp  fp  fn\n${rows.join("\n")}`;
  return { scores, text };
}
