import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../shared/api/contract.js";
import { smallSnapshot } from "../../test/synthetic-snapshot.js";
import { toClaimsJson } from "./json.js";
import { claimRows, claimSourceProps, lacksSource } from "./rows.js";

const { nodes: list, edges } = smallSnapshot().state;
const nodes = Object.fromEntries(list.map((n) => [n.id, n]));
const claims = list.filter((n) => n.label === "Claim");

describe("claimRows", () => {
  it("names speakers and targets and carries the claim's outlet and date", () => {
    expect(claimRows(claims.slice(0, 1), nodes, edges)).toEqual([
      {
        claimId: "c1",
        speakers: ["Ada Example"],
        quote: 'The plan, she said, "will not survive the winter", and that is that.',
        kind: "direct",
        targets: ["Acme Agency", "Bo Example"],
        articleTitle: "",
        outlet: "Test Post",
        date: "2017-05-10",
        url: "",
        articleId: "",
        start: null,
        end: null,
        statementId: "",
        statementReports: null,
        statementArticles: null,
        statementOutlets: null,
        disputes: [],
        disputedBy: [],
      },
    ]);
  });

  it("locates a claim from the details the server gives (article and absolute offsets)", () => {
    const details = {
      claim: { id: "c9", text: "full text", kind: "direct", cue: "said", anonymous: false },
      speakers: [],
      targets: [],
      via: [],
      article: {
        id: "a1",
        title: "Allies weigh",
        outlet: "Fixture Post",
        url: "https://example.org/a",
        publishedAt: "2017-05-09",
      },
      context: {
        paragraph: "He said full text.",
        paragraphStart: 100,
        quote: { start: 8, end: 17 },
        cue: null,
        speaker: null,
      },
    };
    const bare: GraphNode = { id: "c9", label: "Claim", labels: ["Claim"], name: "full", props: { text: "full text" } };
    expect(lacksSource(bare)).toBe(true);
    const located: GraphNode = { ...bare, props: { ...bare.props, ...claimSourceProps(details) } };
    expect(lacksSource(located)).toBe(false);
    expect(claimRows([located], { c9: located }, [])[0]).toMatchObject({
      articleId: "a1",
      articleTitle: "Allies weigh",
      outlet: "Fixture Post",
      date: "2017-05-09",
      url: "https://example.org/a",
      start: 108,
      end: 117,
    });
  });

  it("takes the offsets from the REPORTED_IN edge when the article is on the canvas", () => {
    const article: GraphNode = { id: "a1", label: "Article", labels: ["Article"], name: "A", props: { title: "T" } };
    const bare: GraphNode = { id: "c9", label: "Claim", labels: ["Claim"], name: "q", props: { text: "q" } };
    const link: GraphEdge = { id: "r", source: "c9", target: "a1", type: "REPORTED_IN", props: { start: 5, end: 6 } };
    expect(claimRows([bare], { a1: article, c9: bare }, [link])[0]).toMatchObject({
      articleId: "a1",
      start: 5,
      end: 6,
    });
  });

  it("takes title, URL and date from the article when it is on the canvas", () => {
    const article: GraphNode = {
      id: "a1",
      label: "Article",
      labels: ["Article"],
      name: "Allies",
      props: { title: "Allies weigh", url: "https://example.org/a", source: "Fixture Post", publishedAt: "2017-05-09" },
    };
    const bare: GraphNode = {
      id: "c9",
      label: "Claim",
      labels: ["Claim"],
      name: "short",
      props: { text: "full text" },
    };
    const link: GraphEdge = { id: "r", source: "c9", target: "a1", type: "REPORTED_IN", props: {} };
    const [row] = claimRows([bare], { ...nodes, a1: article, c9: bare }, [link]);
    expect(row).toMatchObject({
      articleTitle: "Allies weigh",
      url: "https://example.org/a",
      outlet: "Fixture Post",
      date: "2017-05-09",
      quote: "full text",
      speakers: [],
    });
  });

  it("names the statement a claim reports and the claims on the canvas it disputes or that dispute it", () => {
    const claim = (id: string, props: Record<string, unknown> = {}): GraphNode => ({
      id,
      label: "Claim",
      labels: ["Claim"],
      name: id,
      props: { text: id, ...props },
    });
    const reported = claim("c1", {
      statementId: "st:c0",
      statementReports: 3,
      statementArticles: 2,
      statementOutlets: 2,
    });
    const denial = claim("c2");
    const dispute: GraphEdge = { id: "d", source: "c2", target: "c1", type: "DISPUTES", props: { evidence: "denied" } };
    const rows = claimRows([reported, denial], { c1: reported, c2: denial }, [dispute]);
    expect(rows[0]).toMatchObject({
      statementId: "st:c0",
      statementReports: 3,
      statementArticles: 2,
      statementOutlets: 2,
      disputes: [],
      disputedBy: ["c2"],
    });
    expect(rows[1]).toMatchObject({ statementId: "", statementReports: null, disputes: ["c1"], disputedBy: [] });
  });

  it("takes the statement from the claim's details when it is located", () => {
    const details = {
      claim: { id: "c9", text: "t", kind: "direct", cue: "said", anonymous: false },
      statement: {
        id: "st:c9",
        reports: 4,
        articles: 3,
        outlets: 2,
        firstOutlet: "A",
        firstPublishedAt: "",
        firstClaimId: "c9",
        list: [],
      },
      speakers: [],
      targets: [],
      via: [],
      article: null,
      context: null,
    };
    expect(claimSourceProps(details)).toEqual({
      statementId: "st:c9",
      statementReports: 4,
      statementArticles: 3,
      statementOutlets: 2,
    });
  });

  it("skips nodes that are not claims and keeps the order given", () => {
    const rows = claimRows(
      [claims[2] as GraphNode, nodes["person:ada"] as GraphNode, claims[0] as GraphNode],
      nodes,
      edges,
    );
    expect(rows.map((r) => r.claimId)).toEqual(["c3", "c1"]);
  });
});

describe("toClaimsJson", () => {
  it("wraps rows with the title, time and count, speaker joined for spreadsheets", () => {
    const rows = claimRows(claims, nodes, edges);
    const doc = JSON.parse(toClaimsJson(rows, "Who blamed Acme", new Date("2026-02-03T00:00:00Z")));
    expect(doc).toMatchObject({
      kind: "claimgraph.claims",
      title: "Who blamed Acme",
      exportedAt: "2026-02-03T00:00:00.000Z",
      count: 3,
    });
    expect(doc.claims[1]).toMatchObject({ claimId: "c2", speaker: "Bo Example", targets: ["Acme Agency"] });
  });
});
