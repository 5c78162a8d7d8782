import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "./read-inputs.js";
import type { InputItem } from "./types.js";

let dir = "";
const path = (name: string) => join(dir, name);

async function collect(specs: string[], stdin?: Readable, maxDocumentBytes?: number): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const options = { ...(stdin ? { stdin } : {}), ...(maxDocumentBytes ? { maxDocumentBytes } : {}) };
  for await (const item of readInputs(specs, options)) items.push(item);
  return items;
}

/** One line per item: "ok <id> <format>" or "error <origin> <error>". */
const summary = (items: InputItem[]) =>
  items.map((i) => (i.ok ? `ok ${i.doc.id} ${i.doc.format}` : `error ${i.origin.replace(`${dir}/`, "")} ${i.error}`));

const FIFTY_MB = 50 * 1024 * 1024;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-inputs-"));
  const files: Record<string, string | Buffer> = {
    "good.txt": "Alice said it was fine.",
    "story.md": "# A title\n\nSome *prose*.",
    "page.html": "<title>T</title><p>Para one.</p><p>Para two.</p>",
    "mixed.jsonl": [
      JSON.stringify({ id: "first", text: "One." }),
      '{"id": "broken", "text": "unterminated',
      JSON.stringify({ id: "no-text" }),
      "",
      JSON.stringify({ id: "last", text: "Four." }),
    ].join("\n"),
    "empty.txt": "",
    "blank.txt": "  \n\n\t ",
    "empty.jsonl": "\n\n",
    "binary.txt": Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
    "scripts.html": "<script>alert(1)</script><style>p{}</style>",
    "bad.json": "{ not json",
    "array.json": JSON.stringify([{ id: "j1", text: "A." }, { id: "j2" }]),
    "notes.out": "<html><body><p>Sniffed as HTML.</p></body></html>",
    "latin1-line.jsonl": Buffer.concat([
      Buffer.from('{"id":"l1","text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id":"l2","text":"fine"}\n'),
    ]),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path(name), content);
  writeFileSync(path("huge.txt"), Buffer.alloc(FIFTY_MB, 0x61));
  const hugeLine = Buffer.concat([
    Buffer.from('{"id":"big","text":"'),
    Buffer.alloc(FIFTY_MB, 0x61),
    Buffer.from('"}\n'),
  ]);
  writeFileSync(
    path("huge.jsonl"),
    Buffer.concat([hugeLine, Buffer.from(`${JSON.stringify({ id: "after", text: "Still read." })}\n`)]),
  );

  mkdirSync(path("tree/b/c"), { recursive: true });
  mkdirSync(path("tree/.hidden"), { recursive: true });
  writeFileSync(path("tree/b/c/z.txt"), "Z.");
  writeFileSync(path("tree/b/a.md"), "A.");
  writeFileSync(path("tree/a.txt"), "A.");
  writeFileSync(path("tree/.secret.txt"), "no");
  writeFileSync(path("tree/.hidden/x.txt"), "no");
  writeFileSync(path("tree/image.png"), "png");
  mkdirSync(path("useless/.git"), { recursive: true });
  writeFileSync(path("useless/photo.jpg"), "jpg");
  writeFileSync(path("useless/.notes.txt"), "hidden");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readInputs: one input at a time", () => {
  it.each([
    { spec: "good.txt", expected: ["ok good.txt text"] },
    { spec: "story.md", expected: ["ok story.md markdown"] },
    { spec: "page.html", expected: ["ok page.html html"] },
    { spec: "notes.out", expected: ["ok notes.out html"] },
    {
      spec: "mixed.jsonl",
      expected: [
        "ok first jsonl",
        "error mixed.jsonl:2 malformed JSON: Unterminated string in JSON at position 38",
        'error mixed.jsonl:3 no "text" field',
        "ok last jsonl",
      ],
    },
    { spec: "array.json", expected: ["ok j1 jsonl", 'error array.json[1] no "text" field'] },
    {
      spec: "latin1-line.jsonl",
      expected: ["error latin1-line.jsonl:1 not valid UTF-8 (probably ISO-8859-1)", "ok l2 jsonl"],
    },
    { spec: "empty.txt", expected: ["error empty.txt it is empty"] },
    { spec: "blank.txt", expected: ["error blank.txt it is empty"] },
    { spec: "empty.jsonl", expected: ["error empty.jsonl no documents in it (it is empty)"] },
    { spec: "binary.txt", expected: ["error binary.txt binary data (it contains NUL bytes), not text"] },
    { spec: "latin1.txt", expected: ["error latin1.txt not valid UTF-8 (probably WINDOWS-1252)"] },
    { spec: "scripts.html", expected: ["error scripts.html no text left after removing the html markup"] },
    { spec: "huge.txt", expected: ["error huge.txt 50.0 MB is over the 5.0 MB limit for one document"] },
    {
      spec: "huge.jsonl",
      expected: ["error huge.jsonl:1 50.0 MB is over the 5.0 MB limit for one document", "ok after jsonl"],
    },
    { spec: "missing.txt", expected: ["error missing.txt no such file or directory"] },
    { spec: "nothing-*.txt", expected: ["error nothing-*.txt no files match this pattern"] },
    { spec: "tree", expected: ["ok a.txt text", "ok a.md markdown", "ok z.txt text"] },
    { spec: "useless", expected: ["error useless the directory has no readable articles (skipped 1: photo.jpg…)"] },
  ])("$spec", async ({ spec, expected }) => {
    const items = await collect([path(spec)]);
    expect(summary(items)).toEqual(expected);
    for (const item of items) if (!item.ok) expect(item.hint?.length ?? 0).toBeGreaterThan(10);
  });
});

describe("readInputs: several inputs", () => {
  it("goes on after bad inputs and keeps the order given", async () => {
    const items = await collect([path("binary.txt"), path("good.txt"), path("missing.txt"), path("page.html")]);
    expect(items.map((i) => i.ok)).toEqual([false, true, false, true]);
  });

  it("expands globs, sorted, without hidden files", async () => {
    const items = await collect([`${dir}/tree/**/*.txt`]);
    expect(summary(items)).toEqual(["ok a.txt text", "ok z.txt text"]);
  });

  it("keeps the text, title and origin of a document", async () => {
    const [item] = await collect([path("page.html")]);
    expect(item?.ok && item.doc).toEqual({
      id: "page.html",
      text: "Para one.\n\nPara two.",
      title: "T",
      origin: path("page.html"),
      format: "html",
    });
  });

  it("reads an article's mojibake as what it encodes and says so; a JSON Lines record stays as given", async () => {
    writeFileSync(path("mojibake.txt"), "FranÃ§ois Hollande said itâ€™s over.");
    writeFileSync(path("mojibake.jsonl"), `${JSON.stringify({ id: "m1", text: "FranÃ§ois said so." })}\n`);
    const [article] = await collect([path("mojibake.txt")]);
    expect(article?.ok && article.doc).toMatchObject({
      text: "François Hollande said it’s over.",
      repairedCharacters: 2,
    });
    const [record] = await collect([path("mojibake.jsonl")]);
    expect(record?.ok && record.doc.text).toBe("FranÃ§ois said so.");
    expect(record?.ok && record.doc.repairedCharacters).toBeUndefined();
  });
});

describe("readInputs: stdin", () => {
  it.each([
    { name: "plain text", chunks: ["He said ", "hello."], expected: ["ok stdin text"] },
    {
      name: "JSON Lines",
      chunks: ['{"id":"s1","text":"a"}\n{"id":"s2",', '"text":"b"}\n'],
      expected: ["ok s1 jsonl", "ok s2 jsonl"],
    },
    { name: "nothing", chunks: [], expected: ["error stdin it is empty"] },
    {
      name: "binary",
      chunks: [Buffer.from([1, 0, 2])],
      expected: ["error stdin binary data (it contains NUL bytes), not text"],
    },
  ])("$name", async ({ chunks, expected }) => {
    expect(summary(await collect(["-"], Readable.from(chunks)))).toEqual(expected);
  });
});

describe("readInputs: the size limit on stdin", () => {
  it("refuses a single document over the limit, naming its size", async () => {
    const chunks = Array.from({ length: 30 }, () => "x".repeat(100));
    expect(summary(await collect(["-"], Readable.from(chunks), 1024))).toEqual([
      "error stdin 2.9 KB is over the 1.0 KB limit for one document",
    ]);
  });

  it("streams JSON Lines from stdin past the limit, one line at a time", async () => {
    const line = (id: string) => `${JSON.stringify({ id, text: "y".repeat(600) })}\n`;
    const items = await collect(["-"], Readable.from([line("a"), line("b"), line("c")]), 1024);
    expect(summary(items)).toEqual(["ok a jsonl", "ok b jsonl", "ok c jsonl"]);
  });
});
