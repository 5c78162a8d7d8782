import { describe, expect, it } from "vitest";
import { EDGE_COLOURS } from "../canvas/style.js";
import type { ViewEdge, ViewNode } from "../graph/view.js";
import { escapeXml, labelLines, placeLabels, toSvg } from "./svg.js";

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
const edge = (source: string, target: string, type = "SAID", id = `${source}-${target}`): ViewEdge => ({
  id,
  source,
  target,
  type,
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
    expect(svg).toContain(">Ada &lt;script&gt;</tspan></text>");
    expect(svg).toContain("<title>A &amp; B</title>");
    expect(svg).not.toContain('data-id="u"');
  });

  it("draws edges between placed nodes only, stopping at the target's border", () => {
    expect(svg.match(/<path d="[^"]*" stroke=/g)).toHaveLength(2);
    expect(svg).toContain('<path d="M0,0 L90,0"');
  });

  it("frames the nodes and their labels with 60 px of padding", () => {
    // The widest label ("Ada <script>", 12 characters at 6.2 px) and the last line's bottom.
    expect(svg).toMatch(/viewBox="-97.2 -70 367.2 155"/);
  });

  it("is well-formed XML", () => {
    const doc = new DOMParserLike().parse(svg);
    expect(doc).toBe(true);
  });
});

describe("toSvg edges", () => {
  const nodes = [node("p", "Person", 0), node("c", "Claim", 100), node("t", "Person", 200)];

  it("draws each edge in its type's colour, with an arrowhead of the same colour", () => {
    const svg = toSvg({ title: "t", nodes, edges: [edge("p", "c", "SAID"), edge("c", "t", "ABOUT")] });
    const said = EDGE_COLOURS.SAID as string;
    const about = EDGE_COLOURS.ABOUT as string;
    expect(said).not.toBe(about);
    expect(svg).toMatch(new RegExp(`<path d="[^"]*" stroke="${said}"[^>]*data-type="SAID"`));
    expect(svg).toMatch(new RegExp(`<path d="[^"]*" stroke="${about}"[^>]*data-type="ABOUT"`));
    expect(svg).toContain(`<path d="M0,0L10,5L0,10z" fill="${said}"/>`);
    expect(svg).toContain(`<path d="M0,0L10,5L0,10z" fill="${about}"/>`);
  });

  it("bends parallel edges between the same two nodes apart, either way round", () => {
    const svg = toSvg({
      title: "t",
      nodes,
      edges: [edge("p", "t", "CLAIMS_ABOUT", "e1"), edge("t", "p", "CLAIMS_ABOUT", "e2"), edge("p", "t", "X", "e3")],
    });
    const paths = [...svg.matchAll(/<path d="(M[^"]*)" stroke=/g)].map((m) => m[1] as string);
    expect(paths).toHaveLength(3);
    const controls = paths.map((d) => /Q(-?[\d.]+),(-?[\d.]+)/.exec(d)?.slice(1, 3).join(",") ?? "straight");
    expect(new Set(controls).size).toBe(3);
  });
});

describe("toSvg labels", () => {
  const long = "A rather long organization name that goes on";

  it("breaks a long name into lines of at most 24 characters, cut at 40", () => {
    expect(labelLines(long)).toEqual(["A rather long", "organization name that", "go…"]);
    expect(labelLines("x".repeat(60))[0]?.endsWith("…")).toBe(true);
  });

  it("never lets two labels overlap: the second goes above, or is left to the node's tooltip", () => {
    const close = [node("a", "Person", 0, long), node("b", "Person", 30, long), node("c", "Person", 60, long)];
    const labels = placeLabels(close);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]?.box;
        const b = labels[j]?.box;
        if (!a || !b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const svg = toSvg({ title: "t", nodes: close, edges: [] });
    // Every node keeps its whole name as a tooltip, drawn label or not.
    expect(svg.match(/<title>A rather long organization name that goes on<\/title>/g)).toHaveLength(3);
  });

  it("places a claim's label after the entities' (a hub's name wins)", () => {
    const labels = placeLabels([node("c", "Claim", 0, long), node("p", "Person", 10, long)]);
    expect(labels[0]?.id).toBe("p");
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
