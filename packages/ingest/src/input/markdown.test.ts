import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown.js";

describe("markdownToText", () => {
  it.each([
    { name: "heading marks", md: "# Big news\n\nBody.", text: "Big news\n\nBody.", title: "Big news" },
    { name: "emphasis and code", md: "He said **very** _loudly_ `now`.", text: "He said very loudly now." },
    { name: "snake_case survives", md: "the some_var_name value", text: "the some_var_name value" },
    {
      name: "links keep their words",
      md: "See [the report](https://x.org/a) and [this][1].\n\n[1]: https://y.org",
      text: "See the report and this.",
    },
    { name: "images go", md: "Before ![a chart](c.png) after", text: "Before  after" },
    { name: "lists and quotes", md: "- one\n- two\n\n> “Quoted,” she said.", text: "one\ntwo\n\n“Quoted,” she said." },
    { name: "fenced code goes", md: "Text.\n\n```js\nconst x = 1;\n```\n\nMore.", text: "Text.\n\nMore." },
    {
      name: "front matter title",
      md: '---\ntitle: "From YAML"\ndate: 2024\n---\n# Heading\nBody',
      text: "Heading\nBody",
      title: "From YAML",
    },
    { name: "rules and setext underline", md: "Title\n=====\n\nA\n\n---\n\nB", text: "Title\n\nA\n\nB" },
    { name: "escapes and inline html", md: "1\\. not a list <b>bold</b>", text: "1. not a list bold" },
  ])("$name", ({ md, text, title }) => {
    const result = markdownToText(md);
    expect(result.text).toBe(text);
    expect(result.title).toBe(title);
  });
});
