import { describe, expect, it } from "vitest";
import { analyzeText } from "../../extract-document.js";
import { hashString, mix1 } from "../../text/hash.js";
import { cueCandidates } from "./candidates.js";
import { CUE_FAMILIES, cueFeatures } from "./features.js";
import { cueContext } from "./propose.js";

const text = "The committee opposes the new tax plan, officials said.";

function featuresOf(families: readonly (typeof CUE_FAMILIES)[number][]) {
  const doc = analyzeText(text, null);
  const candidate = cueCandidates(doc, []).find((c) => doc.tokens[c.cue]?.text === "opposes");
  if (!candidate) throw new Error("no candidate at 'opposes'");
  return cueFeatures(doc, candidate, cueContext(doc, []), families);
}

describe("cue features", () => {
  it("are the same hashes for the same document and candidate", () => {
    expect(featuresOf(CUE_FAMILIES)).toEqual(featuresOf(CUE_FAMILIES));
  });

  it("hold the word itself (family word) and leave it out without that family", () => {
    const word = mix1(1, hashString("opposes"));
    expect(featuresOf(CUE_FAMILIES)).toContain(word);
    expect(featuresOf(CUE_FAMILIES.filter((f) => f !== "word"))).not.toContain(word);
  });

  it.each(CUE_FAMILIES.map((f) => [f]))("family %s adds features of its own", (family) => {
    const all = featuresOf(CUE_FAMILIES);
    const without = featuresOf(CUE_FAMILIES.filter((f) => f !== family));
    expect(without.length).toBeLessThan(all.length);
    // the bias is always there
    expect(featuresOf([])).toEqual([mix1(0, 1)]);
  });
});
