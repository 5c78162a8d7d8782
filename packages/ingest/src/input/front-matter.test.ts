import { describe, expect, it } from "vitest";
import { parseFrontMatter, parseSidecar } from "./front-matter.js";

describe("front matter", () => {
  it("reads title, outlet, authors, date and URL, and the text starts after the block", () => {
    const text = `---\ntitle: "Tram line: a row"\noutlet: The Kessford Courier\nauthors: [Nora Lindgren, 'Felix Amado']\ndate: 2028-03-05T10:00:00+01:00\nurl: https://news.example.org/a\nlayout: post\n---\nBody here.`;
    expect(parseFrontMatter(text)).toEqual({
      body: "Body here.",
      metadata: {
        title: "Tram line: a row",
        source: "The Kessford Courier",
        authors: ["Nora Lindgren", "Felix Amado"],
        date: "2028-03-05T09:00:00.000Z",
        url: "https://news.example.org/a",
      },
    });
  });

  it("takes - item lists and 'By A and B'", () => {
    expect(parseFrontMatter("---\nauthors:\n  - Ann Lee\n  - Bo Kim\n---\nx")?.metadata.authors).toEqual([
      "Ann Lee",
      "Bo Kim",
    ]);
    expect(parseFrontMatter("---\nauthor: By Ann Lee and Bo Kim\n---\nx")?.metadata.authors).toEqual([
      "Ann Lee",
      "Bo Kim",
    ]);
  });

  it("leaves text alone when there is no block or no known key; drops dates and URLs it cannot read", () => {
    expect(parseFrontMatter("Plain text.\n---\ntitle: x\n---")).toBeUndefined();
    expect(parseFrontMatter("---\nfoo: bar\n---\nBody")).toBeUndefined();
    expect(parseFrontMatter("---\ndate: last Tuesday\nurl: not a url\n---\nBody")?.metadata).toEqual({});
  });

  it("sidecar JSON has the same fields; bad JSON is a named error", () => {
    expect(parseSidecar('{"title": "T", "publisher": "P", "author": "A B", "publishedAt": "2017-05-16"}')).toEqual({
      title: "T",
      source: "P",
      authors: ["A B"],
      date: "2017-05-16",
    });
    expect(() => parseSidecar("{")).toThrow(/malformed JSON/);
  });
});
