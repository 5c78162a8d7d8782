import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detached, nameKey } from "./name-key.js";

describe("nameKey", () => {
  it.each([
    ["The Washington Post", "washington post"],
    ["The Washington Post's", "washington post"],
    ["the White House", "white house"],
    ["U.S.", "us"],
    ["US", "us"],
    ["H.R. McMaster", "hr mcmaster"],
    ["AT&T", "att"],
    ["O’Rourke", "orourke"],
    ["O'Rourke", "orourke"],
    ["Britain’s Royal United Services Institute", "britain royal united services institute"],
    ["Trump's", "trump"],
    ["Reuters’", "reuters"],
    ["  Al-Qaeda  ", "al qaeda"],
    ["Ramos-Horta", "ramos horta"],
    ["  José  Núñez ", "jose nunez"],
    ["Theresa May", "theresa may"],
    ["Theodore Roosevelt", "theodore roosevelt"],
    ["Yahoo!", "yahoo"],
    ["...", ""],
    ["", ""],
  ])("%j → %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("gives the same key the second time (memoised) and for names that differ only in punctuation", () => {
    expect(nameKey("U.S. Chamber of Commerce")).toBe(nameKey("US Chamber of Commerce"));
    expect(nameKey("U.S. Chamber of Commerce")).toBe("us chamber of commerce");
  });

  it("keeps no article alive: the memo holds a copy of a name cut from a long text, not a view of it", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // (in a function of its own, so that no local of the test holds the text)
    const memoise = (): void => {
      const text = `${"Lorem ipsum dolor sit amet. ".repeat(40_000)}Said Jennifer Whitcombe-Aldridge ${Math.random()}`;
      const name = text.slice(text.indexOf("Jennifer"), text.indexOf(" ", text.indexOf("Whitcombe")));
      expect(nameKey(name)).toBe("jennifer whitcombe aldridge");
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    memoise();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // the 1.1 MB text (2.2 MB in UTF-16) must be gone: what stays is the memo's copy of the name
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(500_000);
  });

  it.each([
    ["a short string", "Reuters"],
    ["a long one", "Council on American-Islamic Relations"],
    ["an empty one", ""],
  ])("makes a copy with the same characters (%s)", (_name, text) => {
    expect(detached(text)).toBe(text);
  });
});
