import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

/**
 * The Cypher editor's colours: every token readable on the editor's white (contrast ≥ 4.5:1, WCAG
 * AA, checked by axe-core in test/accessibility.test.ts). CodeMirror's default style has labels and
 * relationship types in light tones that fail it. Labels and types use the canvas's hues, darkened.
 */
export const cypherHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: t.keyword, color: "#7a1f9e", fontWeight: "600" },
    { tag: t.string, color: "#a31515" },
    { tag: t.number, color: "#116644" },
    { tag: t.comment, color: "#5c6370", fontStyle: "italic" },
    { tag: t.className, color: "#1a5496" },
    { tag: t.typeName, color: "#8a4b00" },
    { tag: t.special(t.variableName), color: "#0b6e6e" },
    { tag: t.variableName, color: "#1f2328" },
    { tag: [t.operator, t.punctuation], color: "#3d444d" },
  ]),
);
