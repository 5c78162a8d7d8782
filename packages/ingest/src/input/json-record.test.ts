import { describe, expect, it } from "vitest";
import { recordToDocument } from "./json-record.js";

describe("recordToDocument", () => {
  it("reads the plain shape", () => {
    const result = recordToDocument(
      { id: "a1", text: "Hello.", title: "T", url: "https://x", date: "2024-01-02", source: "AP" },
      "f.jsonl:1",
      "f.jsonl:1",
    );
    expect(result).toEqual({
      ok: true,
      doc: {
        id: "a1",
        text: "Hello.",
        title: "T",
        url: "https://x",
        date: "2024-01-02",
        source: "AP",
        origin: "f.jsonl:1",
        format: "jsonl",
      },
    });
  });

  it("reads the PolNeAR shape (meta.*, publisher over the corpus source, 'None' is unknown)", () => {
    const result = recordToDocument(
      {
        id: "polnear/x",
        source: "networkdynamics/PolNeAR",
        text: "T.",
        meta: { title: "Head", publication_date: "2016-09-12", publisher: "breitbart", author: "None" },
      },
      "p.jsonl:3",
      "p.jsonl:3",
    );
    expect(result.ok && result.doc).toMatchObject({
      id: "polnear/x",
      title: "Head",
      date: "2016-09-12",
      source: "breitbart",
    });
  });

  it("uses the fallback id and stringifies numeric ids", () => {
    expect(
      recordToDocument({ text: "x" }, "o", "f.jsonl:7").ok && recordToDocument({ text: "x" }, "o", "f.jsonl:7"),
    ).toMatchObject({ doc: { id: "f.jsonl:7" } });
    expect(
      recordToDocument({ id: 42, text: "x" }, "o", "f").ok && recordToDocument({ id: 42, text: "x" }, "o", "f"),
    ).toMatchObject({ doc: { id: "42" } });
  });

  it.each([
    [{ id: "a" }, 'no "text" field'],
    [{ id: "a", text: 3 }, '"text" is not a string'],
    [{ id: "a", text: "   " }, '"text" is empty'],
    [[1, 2], "an array"],
    ["just a string", "string"],
    [null, "null"],
  ])("refuses %j: %s", (value, error) => {
    const result = recordToDocument(value, "o", "f");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });
});

describe("authors in JSON records", () => {
  it("takes a list or a 'By A and B' string", () => {
    const list = recordToDocument({ id: "a", text: "t", authors: ["Ann Lee", "Bo Kim"] }, "f:1", "f:1");
    const byline = recordToDocument({ id: "b", text: "t", author: "By Ann Lee and Bo Kim" }, "f:2", "f:2");
    const none = recordToDocument({ id: "c", text: "t", authors: 5 }, "f:3", "f:3");
    expect(list.ok && list.doc.authors).toEqual(["Ann Lee", "Bo Kim"]);
    expect(byline.ok && byline.doc.authors).toEqual(["Ann Lee", "Bo Kim"]);
    expect(none.ok && none.doc.authors).toBeUndefined();
  });
});
