import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    via: c.via,
    kind: c.kind,
  }));
}

const HEAD = "Story\n\nFriday, March 11, 2016\n\n";

describe("claims newsdev61 read wrong (rules-173)", () => {
  it.each([
    [
      "the name before its acronym in brackets speaks for a relative 'which says'",
      `${HEAD}The National Landlords’ Association (ANS), which says it represents about 14,000 small property owners, said the cap would push owners to sell.`,
      "it represents about 14,000 small property owners",
      "National Landlords’ Association",
    ],
    [
      "a suit speaks for the one who sued",
      `RALEIGH, N.C. — Attorney General Clayton Rhodes sued Brightway Technical Colleges on Tuesday, accusing the chain of inflating its job-placement rates.\n\nThe lawsuit, filed in Wake County Superior Court, says Brightway told prospective students that 87 percent of its graduates found jobs.`,
      "Brightway told prospective students that 87 percent of its graduates found jobs",
      "Clayton Rhodes",
    ],
    [
      "a tail's 'it' after 'according to the institute'",
      `${HEAD}A fire destroyed the power plant at Troll, the Norwegian Polar Institute said on Tuesday.\n\nThe fire broke out in the generator hall, according to the institute. The staff fought the blaze for three hours before it burned out, it said.`,
      "The staff fought the blaze for three hours before it burned out",
      "Norwegian Polar Institute",
    ],
    [
      "an unnamed engineer 'working for' a body",
      `${HEAD}A fire destroyed the power plant, the Norwegian Polar Institute said on Tuesday. An engineer working for the institute at Troll, who asked not to be named, told the newspaper Aftenposten that a fault had been reported in November.`,
      "a fault had been reported in November",
      "engineer working for the institute at Troll",
    ],
    [
      "a denial 'in a video posted on Facebook that …' is the denier's",
      `${HEAD}Congress removed Governor Rosendo Quispe Huanca on Tuesday. Quispe Huanca denied in a video posted on Facebook on Wednesday night that he had played any part in choosing the contractor.`,
      "he had played any part in choosing the contractor",
      "Rosendo Quispe Huanca",
    ],
    [
      "a committee's name opening with 'Forward' after 'said'",
      `${HEAD}The Federal Election Commission said Forward With Harrington had accepted the money through two limited liability companies.`,
      "Forward With Harrington had accepted the money through two limited liability companies",
      "Federal Election Commission",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it("'X told Reuters: “…”' before a quotation of two sentences is one direct claim, via Reuters", () => {
    const text = `${HEAD}Marek Zieliński told Reuters: "I will be sitting at home for a match I paid for, because of people I have never met. That is not justice."`;
    expect(claims(text)).toEqual([
      {
        text: "I will be sitting at home for a match I paid for, because of people I have never met. That is not justice.",
        speaker: "Marek Zieliński",
        via: "Reuters",
        kind: "direct",
      },
    ]);
  });

  it.each([
    [
      "a hope for a thing",
      `${HEAD}Keisha Barnes enrolled in the program in 2013, hoping for a job in a doctor's office.`,
    ],
    [
      "an obligation to report",
      `${HEAD}Super PACs may raise unlimited sums but must report their donors and may not coordinate with campaigns.`,
    ],
    [
      "a body's choosing 'which …'",
      `${HEAD}The Board for the Authorisation of Plant Protection Products and Biocides (Ctgb), which decides which pesticides may be used in the Netherlands, has not ruled.`,
    ],
    [
      "a class a participle puts a noun in, before a quotation",
      `${HEAD}Municipalities will be able to double the property tax on empty homes in areas classified as under “housing pressure”.`,
    ],
  ])("no claim in %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("no claim in a relative clause's support for a name and a time, before the sentence's own 'said'", () => {
    const text = `${HEAD}The Puno Regional Federation of Peasant Communities, which supported Quispe Huanca in the 2022 election, said it would keep the roads closed.`;
    expect(claims(text).map((c) => c.text)).toEqual(["it would keep the roads closed"]);
  });
});
