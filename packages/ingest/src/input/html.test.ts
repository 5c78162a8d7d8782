import { describe, expect, it } from "vitest";
import { htmlToText } from "./html.js";

describe("htmlToText", () => {
  it.each([
    {
      name: "title, paragraphs, entities",
      html: "<html><head><title>A &amp; B</title><style>p{}</style></head><body><p>Tom &ldquo;said&rdquo;\n  this.</p><p>Next&nbsp;one.</p></body></html>",
      text: "Tom “said” this.\n\nNext\u00a0one.".replace("\u00a0", " "),
      title: "A & B",
    },
    {
      name: "scripts and comments go",
      html: "<p>Kept</p><script>var x = '<p>no</p>';</script><!-- hidden --><noscript>no</noscript>",
      text: "Kept",
      title: undefined,
    },
    {
      name: "h1 as title when no <title>",
      html: "<h1>Head line</h1><div>Body <b>bold</b> text</div>",
      text: "Head line\n\nBody bold text",
      title: "Head line",
    },
    { name: "br is a line break", html: "<p>one<br>two</p>", text: "one\ntwo", title: undefined },
    { name: "lists", html: "<ul><li>a</li><li>b</li></ul>", text: "a\n\nb", title: undefined },
    { name: "unclosed tags", html: "<p>one<p>two", text: "one\n\ntwo", title: undefined },
    { name: "pre keeps lines", html: "<pre>a\n  b</pre>", text: "a\n  b", title: undefined },
  ])("$name", ({ html, text, title }) => {
    const result = htmlToText(html);
    expect(result.text).toBe(text);
    expect(result.title).toBe(title);
  });
});
