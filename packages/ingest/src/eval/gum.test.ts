import { describe, expect, it } from "vitest";
import { gumToGold, withoutCountries } from "./gum.js";
import { scoreDataset } from "./score-dataset.js";

describe("GUM as entity gold", () => {
  const record = {
    id: "GUM_interview_x",
    genre: "interview",
    text: "…",
    entities: [{ name: "Wikinews", type: "Organization" as const, aliases: [] }],
  };
  const predicted = {
    document: "GUM_interview_x",
    entities: [
      { name: "Wikinews", type: "Organization" as const, aliases: [] },
      { name: "United States", type: "Organization" as const, kind: "country", aliases: ["US"] },
    ],
    affiliations: [],
    claims: [],
  };

  it("counts a predicted country as an organization the GUM file does not have", () => {
    expect(scoreDataset([predicted], [gumToGold(record)]).rows.org).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it("leaves predicted countries out when asked (GUM types them as places)", () => {
    expect(scoreDataset([withoutCountries(predicted)], [withoutCountries(gumToGold(record))]).rows.org).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it("leaves a gold country out too, so a country GUM typed as an organization is not a miss", () => {
    const gold = gumToGold({
      ...record,
      entities: [
        ...record.entities,
        { name: "State of Ohio", type: "Organization" as const, aliases: [] },
        { name: "United States of America", type: "Organization" as const, aliases: ["U.S."] },
      ],
    });
    const kept = withoutCountries(gold).entities.map((e) => e.name);
    expect(kept).toEqual(["Wikinews", "State of Ohio"]);
    const noCountry = { ...predicted, entities: predicted.entities.filter((e) => e.kind !== "country") };
    expect(scoreDataset([withoutCountries(noCountry)], [withoutCountries(gold)]).rows.org).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 1,
    });
  });
});
