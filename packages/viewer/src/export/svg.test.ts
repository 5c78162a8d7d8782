import { describe, expect, it } from "vitest";
import type { ViewEdge, ViewNode } from "../graph/view.js";
import { escapeXml, toSvg } from "./svg.js";

const node = (id: string, label: string, x: number | null, name = id): ViewNode => ({
  id,
  label,
  name,
  caption: name,
  detail: name,
  colour: "#4e79a7",
  size: 20,
  pinned: false,
  position: x === null ? undefined : { x, y: 0 },
});
const edge = (source: string, target: string): ViewEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  type: "SAID",
  claims: [],
  width: 2,
});

describe("toSvg", () => {
  const svg = toSvg({
    title: "A & B",
    nodes: [
      node("a", "Person", 0, "Ada <script>"),
      node("c", "Claim", 100),
      node("o", "Organization", 200),
      node("u", "Person", null),
    ],
    edges: [edge("a", "c"), edge("c", "o"), edge("a", "u")],
  });

  it("draws each placed node with its type's shape and an escaped label", () => {
    expect(svg.match(/<g data-id=/g)).toHaveLength(3);
    expect(svg).toContain('<circle cx="0" cy="0" r="10"');
    expect(svg.match(/<polygon/g)).toHaveLength(2);
    expect(svg).toContain(">Ada &lt;script&gt;</text>");
    expect(svg).toContain("<title>A &amp; B</title>");
    expect(svg).not.toContain('data-id="u"');
  });

  it("draws edges between placed nodes only, stopping at the target's border", () => {
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('<line x1="0" y1="0" x2="90" y2="0"');
  });

  it("frames the nodes and their labels (14 px below) with 60 px of padding", () => {
    expect(svg).toMatch(/viewBox="-70 -70 340 154"/);
  });

  it("is well-formed XML", () => {
    const doc = new DOMParserLike().parse(svg);
    expect(doc).toBe(true);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

/** Minimal well-formedness check without a DOM: tags balance and no raw "&" or "<" in text. */
class DOMParserLike {
  parse(xml: string): boolean {
    const stack: string[] = [];
    for (const match of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = match;
      if (self) continue;
      if (close) {
        if (stack.pop() !== name) return false;
      } else stack.push(name as string);
    }
    const text = xml.replace(/<[^>]*>/g, "");
    return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;)/.test(text);
  }
}
