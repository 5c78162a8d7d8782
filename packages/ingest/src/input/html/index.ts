import { htmlToText } from "../html.js";
import { type PageMetadata, pageMetadata } from "./metadata.js";
import { mainContent, parseDocument } from "./readability.js";

/** A saved or fetched news page → its article text (what offsets refer to) and what the page says about itself. */
export interface HtmlArticle extends PageMetadata {
  text: string;
}

/**
 * `mode: "article"` (the default) keeps the main content only; `"page"` keeps every block of
 * prose on the page (the old "markup stripped" behaviour). Metadata is read either way.
 */
export function htmlArticle(html: string, options: { url?: string; mode?: "article" | "page" } = {}): HtmlArticle {
  const document = parseDocument(html);
  const metadata = pageMetadata(document, options.url);
  if (options.mode === "page") {
    const whole = htmlToText(html);
    const title = metadata.title ?? whole.title;
    return { ...metadata, ...(title ? { title } : {}), text: whole.text };
  }
  const content = mainContent(document, html);
  const title = metadata.title ?? content.title;
  return { ...metadata, ...(title ? { title } : {}), text: content.text };
}

export { type PageMetadata, pageMetadata } from "./metadata.js";
