import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../text/tokens.js";
import { DocumentWords } from "./word-info.js";

describe("DocumentWords", () => {
  it("gives one word form the same information wherever it stands, case apart", () => {
    const tokens = tokenize("Reuters said. The Reuters report and REUTERS, reuters.");
    const words = new DocumentWords(tokens);
    const at = (text: string) => tokens.findIndex((t, i) => t.text === text && i > 0);
    expect(words.get(0)).toBe(words.get(at("Reuters")));
    expect(words.get(0).lower).toBe(words.get(at("reuters")).lower);
    expect(words.get(0).word).not.toBe(words.get(at("reuters")).word);
    expect(words.get(at("REUTERS")).shape).not.toBe(words.get(0).shape);
  });

  it("keeps no article alive: the process-wide cache holds a copy of a long word, not a view of its text", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // (in a function of its own, so that nothing of the test holds the text)
    const look = (): void => {
      const text = `${"Lorem ipsum dolor sit amet. ".repeat(40_000)}Counterintelligence${Math.floor(Math.random() * 1e9)}.`;
      const tokens = tokenize(text);
      const words = new DocumentWords(tokens);
      expect(words.get(tokens.length - 2).cap).toBe(true);
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    look();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // the 1.1 MB text must be gone (its 200,000 tokens too); the cache keeps one short copy per new form
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(500_000);
  });
});
