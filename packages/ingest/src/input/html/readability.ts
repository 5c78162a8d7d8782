import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "../html.js";

/**
 * A news page → its main content, with Mozilla's Readability (Firefox Reader View) over linkedom,
 * a small server-side DOM (see README "HTML pages" for why linkedom rather than jsdom). Readability
 * finds the article body and drops navigation, ads, share bars, related links and comments; we then
 * drop what it keeps but is not the story's prose (figures and their captions, "Advertisement"
 * labels, "Read more:" teasers) and turn the remaining blocks into paragraphs separated by a blank
 * line, as for any HTML input. Pure: a string in, a string out. When Readability finds no article
 * (a very short or unusual page), the whole page's text is used, as before.
 */

/** The DOM surface this module and metadata.ts use; linkedom's nodes provide it. */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
  outerHTML: string;
  innerHTML: string;
}
export interface DomDocument {
  documentElement: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  title: string;
}

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export interface MainContent {
  text: string;
  /** Readability's title (the page title with the site's name cut off), when it found one. */
  title?: string;
  /** False when no article was found and the whole page's text is returned. */
  readable: boolean;
}

/** Inside the article, elements that are not the story's prose. */
const NOT_PROSE = "figure, figcaption, picture, img, video, audio, iframe, button, form, input, textarea, select, nav";
const TEASER = /^\s*(read more|read also|related|see also|more on this|recommended|advertisement|sponsored)\b:?/i;
/** Class names of boxes that sit inside article bodies without being the story: author bios, promos, paywall notes. */
const BOX =
  /(^|[-_\s])(author-?bio|bio|about-?the-?author|author-?info|newsletter|promo|related|share|sharing|social|tags?|subscribe|paywall|ad|ads|advert\w*)([-_\s]|$)/i;

/** Small boxes named as boilerplate (a bio or promo is short; a wrapper called "ad-free" around the story is not). */
function removeBoxes(root: DomDocument | DomElement): void {
  for (const element of [...root.querySelectorAll("[class], [id]")]) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (BOX.test(names) && (element.textContent ?? "").length < 600) element.remove();
  }
}

function cleanContent(content: DomElement): void {
  for (const element of [...content.querySelectorAll(NOT_PROSE)]) element.remove();
  removeBoxes(content);
  for (const element of [...content.querySelectorAll("p, div, span, li, aside")]) {
    const text = element.textContent ?? "";
    if (text.length < 200 && TEASER.test(text)) element.remove();
  }
}

/** Readability over a parsed document (it changes the document: read metadata first). */
export function mainContent(document: DomDocument, html: string): MainContent {
  let result: ReturnType<Readability<DomElement>["parse"]> = null;
  try {
    removeBoxes(document);
    result = new Readability<DomElement>(document as never, {
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    }).parse();
  } catch {
    result = null;
  }
  const title = result?.title?.replace(/\s+/g, " ").trim() || undefined;
  if (result?.content) {
    cleanContent(result.content);
    const text = htmlToText(result.content.outerHTML).text;
    if (text.trim() !== "") return { text, ...(title ? { title } : {}), readable: true };
  }
  const whole = htmlToText(html);
  return { text: whole.text, ...(whole.title ? { title: whole.title } : {}), readable: false };
}
