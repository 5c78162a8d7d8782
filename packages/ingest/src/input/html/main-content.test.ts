import { describe, expect, it } from "vitest";
import { htmlArticle } from "./index.js";
import { NEWS_FIXTURES } from "./news-fixtures.js";

/** Words, lower-cased: what the recall and boilerplate figures count. */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Length of the longest common subsequence of two token lists (order matters: a word out of place is not a match). */
function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

describe("main content of 20 saved news pages (nav, ads, share bars, related links, comments)", () => {
  const results = NEWS_FIXTURES.map((fixture) => {
    const extracted = htmlArticle(fixture.html);
    const got = tokens(extracted.text);
    const want = tokens(fixture.article.join("\n\n"));
    const common = lcs(got, want);
    return { fixture, extracted, got: got.length, want: want.length, common };
  });

  it("boilerplate ≤ 2% of the extracted words and article-text recall ≥ 98%, over all pages", () => {
    const got = results.reduce((sum, r) => sum + r.got, 0);
    const want = results.reduce((sum, r) => sum + r.want, 0);
    const common = results.reduce((sum, r) => sum + r.common, 0);
    const boilerplate = (got - common) / got;
    const recall = common / want;
    const worst = results.map((r) => ({
      name: r.fixture.name,
      boilerplate: +((r.got - r.common) / r.got).toFixed(4),
      recall: +(r.common / r.want).toFixed(4),
    }));
    console.log(
      `main content: boilerplate ${(boilerplate * 100).toFixed(2)}%, recall ${(recall * 100).toFixed(2)}% over ${results.length} pages (${want} article words)`,
    );
    expect(boilerplate).toBeLessThanOrEqual(0.02);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    for (const page of worst) {
      expect(page.boilerplate, page.name).toBeLessThanOrEqual(0.05);
      expect(page.recall, page.name).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("keeps paragraph structure: each article paragraph is a paragraph of the text", () => {
    for (const { fixture, extracted } of results) {
      const paragraphs = extracted.text.split("\n\n");
      for (const paragraph of fixture.article) expect(paragraphs, fixture.name).toContain(paragraph);
    }
  });

  it("fills title, outlet, authors, date and URL wherever the page states them, and nothing else", () => {
    for (const { fixture, extracted } of results) {
      const { text: _text, ...metadata } = extracted;
      expect(metadata, fixture.name).toEqual(fixture.expected);
    }
  });
});
