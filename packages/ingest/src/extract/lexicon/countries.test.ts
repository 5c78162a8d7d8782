import { describe, expect, it } from "vitest";
import { countryOf, taggerCountryOf } from "./countries.js";

describe("countryOf", () => {
  it.each([
    ["Ghana", "Ghana", "name"],
    ["Ghanaians", "Ghana", "adjective"],
    ["Burma", "Myanmar", "name"],
    ["UAE", "United Arab Emirates", "name"],
    ["Kenyan", "Kenya", "adjective"],
    // a name as often a person's or a US state's is none
    ["Chad", undefined, undefined],
    ["Georgia", undefined, undefined],
  ])("%s", (surface, country, form) => {
    const hit = countryOf(surface);
    expect([hit?.country.name, hit?.form]).toEqual([country, form]);
  });

  it("the entity tagger's gazetteer keeps the list it was trained with", () => {
    expect([taggerCountryOf("Kenya")?.country.name, taggerCountryOf("Ghana")]).toEqual(["Kenya", undefined]);
  });
});
