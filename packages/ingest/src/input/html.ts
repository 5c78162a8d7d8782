import { Parser } from "htmlparser2";

/**
 * HTML → prose with htmlparser2 (a tolerant streaming parser that also decodes entities).
 * Scripts, styles and other non-prose elements are dropped; `<title>` becomes the title (or the
 * first `<h1>` when there is none); each block element (p, div, li, h1–h6, …) becomes a paragraph,
 * paragraphs are separated by a blank line, whitespace inside a paragraph is collapsed (`<pre>`
 * keeps its line breaks). Offsets refer to this text.
 */

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head"]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

/** Stands for a `<br>` while whitespace is collapsed; NUL cannot occur in decoded input text. */
const LINE_BREAK = "\0";

export function htmlToText(html: string): { text: string; title?: string } {
  const paragraphs: string[] = [];
  let current = "";
  let skipDepth = 0;
  let inTitle = false;
  let preDepth = 0;
  let title = "";
  let firstH1: string | undefined;
  let h1Text: string | undefined;

  const flush = () => {
    const paragraph =
      preDepth > 0
        ? current.replace(/^\n+|\s+$/g, "").replaceAll(LINE_BREAK, "\n")
        : current
            .replace(/\s+/g, " ")
            .replace(/\s*\0\s*/g, "\n")
            .trim();
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "title") inTitle = true;
        else if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth > 0) return;
        else if (name === "br") current += LINE_BREAK;
        else if (BLOCKS.has(name)) {
          flush();
          if (name === "pre") preDepth++;
          if (name === "h1" && firstH1 === undefined) h1Text = "";
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) {
          current += text;
          if (h1Text !== undefined) h1Text += text;
        }
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        else if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) {
          flush();
          if (name === "pre") preDepth = Math.max(0, preDepth - 1);
          if (name === "h1" && h1Text !== undefined) {
            firstH1 = h1Text.replace(/\s+/g, " ").trim();
            h1Text = undefined;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const text = paragraphs.join("\n\n");
  const chosenTitle = title.replace(/\s+/g, " ").trim() || firstH1;
  return chosenTitle ? { text, title: chosenTitle } : { text };
}
