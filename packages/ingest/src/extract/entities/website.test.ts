import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";
import { tokenize } from "../text/tokens.js";
import { websiteAt } from "./website.js";

/** The address `websiteAt` reads at the first token, with the site it looks a known name up by. */
function at(text: string) {
  const site = websiteAt(text, tokenize(text), 0);
  return site ? [site.address, site.site] : null;
}

describe("a web address written as a name (websiteAt)", () => {
  it.each([
    ["Salon.com reported", ["Salon.com", "Salon"]],
    // (a country's own domain, 2026-12-06, newsdev12)
    ["Novinky.cz reported", ["Novinky.cz", "Novinky"]],
    ["Index.hr reported", ["Index.hr", "Index"]],
    ["Metro.us, Jezebel", ["Metro.us", "Metro"]],
    ["BBC.co.uk said", ["BBC.co.uk", "BBC"]],
    ["HealthCare.gov.", ["HealthCare.gov", "HealthCare"]],
    ["wikiHow.com", ["wikiHow.com", "wikiHow"]],
    // lower case, or with www.: an address, no name
    ["wikihow.com says", null],
    ["www.Change.org", null],
    // part of something longer: a path, or no top-level domain at its end
    ["Salon.com/politics", null],
    ["Salon.comedy", null],
    ["U.S. officials", null],
    ["Trump. Com", null],
    // (a country's domain that is an English word: a missing space after a full stop, no address)
    ["Italy.It was", null],
  ])("%s → %j", (text, expected) => {
    expect(at(text)).toEqual(expected);
  });
});

function graph(text: string) {
  return extractDocument({ id: "t", text: `Headline\n\n${text}`, origin: "t", format: "text" });
}

describe("websites in a document", () => {
  it("makes a site an organization of kind website, and a known one its organization", () => {
    const g = graph("Her work has appeared in Jezebel, Metro.us and Politico.com, she said.");
    const orgs = g.entities.filter((e) => e.type === "Organization").map((e) => [e.name, e.kind]);
    expect(orgs).toContainEqual(["Metro.us", "website"]);
    expect(orgs).toContainEqual(["Politico", "media"]);
    expect(orgs.map(([name]) => name)).not.toContain("Metro");
  });

  it("lets a site speak and keeps 'X of Site' apart (the run stops before the address)", () => {
    const g = graph(
      "Amazon.com said on Monday it would hire 500 workers. Jane Roe of Salon.com said the deal was over.",
    );
    expect(g.claims.map((c) => c.speaker)).toEqual(["Amazon.com", "Jane Roe"]);
    expect(g.affiliations.map((a) => [a.person, a.organization])).toEqual([["Jane Roe", "Salon.com"]]);
  });
});

describe("a Congolese news site's address (newsdev15)", () => {
  it("is an organization by its address", () => {
    const g = graph("The rebels told Actualite.cd that they had not smuggled any coltan through the border.");
    expect(g.entities.filter((e) => e.type === "Organization").map((e) => e.name)).toContain("Actualite.cd");
  });
});

describe("a Georgian news site's address (entities-128)", () => {
  it("is an organization by its address, not the word before its dot", () => {
    const g = graph("The ministry denied a report by the news site Civil.ge that police had used pepper spray.");
    const names = g.entities.filter((e) => e.type === "Organization").map((e) => e.name);
    expect(names).toContain("Civil.ge");
    expect(names).not.toContain("Civil");
  });
});
