import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NEWS_FIXTURES } from "./html/news-fixtures.js";
import { readInputs } from "./read-inputs.js";
import type { InputItem } from "./types.js";

const dir = mkdtempSync(join(tmpdir(), "claimgraph-meta-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const read = async (specs: string[]) => {
  const items: InputItem[] = [];
  for await (const item of readInputs(specs)) items.push(item);
  return items;
};

describe("article metadata from files", () => {
  it("a saved news page gives its main content and what the page states", async () => {
    const fixture = NEWS_FIXTURES[0];
    if (!fixture) throw new Error("no fixture");
    const [item] = await read([write("page.html", fixture.html)]);
    if (!item?.ok) throw new Error(JSON.stringify(item));
    expect(item.doc.text).toBe(fixture.article.join("\n\n"));
    expect(item.doc).toMatchObject({
      title: fixture.expected.title,
      source: fixture.expected.source,
      authors: fixture.expected.authors,
      date: fixture.expected.publishedAt,
      url: fixture.expected.url,
    });
  });

  it("front matter in Markdown and text: fields read, offsets refer to the text after it", async () => {
    const items = await read([
      write("a.md", "---\ntitle: T\nsource: Outlet\nauthor: Ann Lee\ndate: 2028-01-02\n---\n# Head\n\nBody."),
      write("b.txt", "---\noutlet: O\n---\nPlain body."),
    ]);
    expect(items.map((i) => i.ok && i.doc)).toEqual([
      expect.objectContaining({
        text: "Head\n\nBody.",
        title: "T",
        source: "Outlet",
        authors: ["Ann Lee"],
        date: "2028-01-02",
      }),
      expect.objectContaining({ text: "Plain body.", source: "O" }),
    ]);
  });

  it("a sidecar <name>.meta.json wins and is not read as an article itself", async () => {
    const sub = join(dir, "side");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(sub);
    writeFileSync(join(sub, "story.txt"), "The text, unchanged.");
    writeFileSync(join(sub, "story.meta.json"), JSON.stringify({ title: "Side", outlet: "Paper", date: "2017-05-16" }));
    const items = await read([sub]);
    expect(items).toHaveLength(1);
    expect(items[0]?.ok && items[0].doc).toMatchObject({
      text: "The text, unchanged.",
      title: "Side",
      source: "Paper",
      date: "2017-05-16",
    });
  });

  it("a broken sidecar is a named error", async () => {
    const path = write("bad.txt", "Text.");
    write("bad.meta.json", "{oops");
    const [item] = await read([path]);
    expect(item).toMatchObject({ ok: false, origin: join(dir, "bad.meta.json") });
  });
});

describe("saved pages in other charsets", () => {
  it("a saved HTML page that names its charset is decoded with it; one that names none is still refused", async () => {
    const named = write("latin.html", "");
    writeFileSync(
      named,
      Buffer.from(
        '<html><head><meta charset="iso-8859-1"></head><body><p>“Ça va”, à Genève.</p></body></html>'.replace(
          /[“”]/g,
          '"',
        ),
        "latin1",
      ),
    );
    const unnamed = write("plain-latin.html", "");
    writeFileSync(unnamed, Buffer.from("<p>à Genève</p>", "latin1"));
    const [a, b] = await read([named, unnamed]);
    expect(a?.ok && a.doc.text).toBe('"Ça va", à Genève.');
    expect(b).toMatchObject({ ok: false, error: "not valid UTF-8 (probably ISO-8859-1)" });
  });
});
