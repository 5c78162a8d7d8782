/**
 * Markdown → prose, minimally: the words stay as written and in place, line by line; only markup
 * that is not prose goes. Claim offsets refer to this extracted text, not to the Markdown source.
 *
 * Dropped: front matter (its `title:` is kept as the title), fenced code blocks, heading marks,
 * setext underlines and rules, blockquote and list markers, images, link targets and reference
 * definitions, emphasis and code marks, inline HTML tags, backslash escapes.
 * Kept: every other character, line breaks, and blank lines between paragraphs (runs of blank
 * lines become one). The first `# heading` is the title when there is no front matter title.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
const RULE_OR_UNDERLINE = /^\s{0,3}([-*_=])(\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const BLOCK_PREFIX = /^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1")
    .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

function frontMatterTitle(block: string): string | undefined {
  const match = /^title:\s*(.+)$/m.exec(block);
  return match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2") || undefined;
}

export function markdownToText(markdown: string): { text: string; title?: string } {
  let source = markdown;
  let title: string | undefined;
  const frontMatter = FRONT_MATTER.exec(source);
  if (frontMatter) {
    title = frontMatterTitle(frontMatter[1] ?? "");
    source = source.slice(frontMatter[0].length);
  }

  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      continue;
    }
    if (RULE_OR_UNDERLINE.test(raw) || REFERENCE_DEFINITION.test(raw)) {
      out.push("");
      continue;
    }
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      const text = inline(heading[2] ?? "").trim();
      if (!title && heading[1] === "#" && text) title = text;
      out.push(text);
      continue;
    }
    out.push(inline(raw.replace(BLOCK_PREFIX, "")).trimEnd());
  }

  const text = out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return title ? { text, title } : { text };
}
