import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
  }));
}

describe("claims newsdev52 read wrong (rules-163)", () => {
  it.each([
    [
      "a lawsuit's filer named in its appositive",
      "Protests\n\nMonday, May 4, 2026\n\nThe lawsuit, filed in U.S. District Court in Baltimore by Students for an Open Campus with help from the American Civil Liberties Union of Maryland, says the rules give administrators broad discretion.",
      "the rules give administrators broad discretion",
      "Students for an Open Campus",
    ],
    [
      "'filed by' an office in the appositive",
      "Opioids\n\nMonday, May 4, 2026\n\nThe state settled the case.\n\nThe lawsuit, filed by the Office of the Attorney General in 2014, accused Ridgeway of shipping more than 9 million pills.",
      "Ridgeway of shipping more than 9 million pills",
      "Office of the Attorney General",
    ],
    [
      "a technician employed by a municipality, who spoke on condition of anonymity",
      "Water\n\nMonday, May 4, 2026\n\nThe pumps failed in the Nkomati Hills Local Municipality.\n\nA technician employed by the municipality at the works, who spoke on condition of anonymity because he was not allowed to talk to the media, told News24 that one of the failed pumps had been running without a backup.",
      "one of the failed pumps had been running without a backup",
      "technician employed by the municipality at the works",
    ],
    [
      "'according to the department's latest … assessment, published in December,'",
      "Water\n\nMonday, May 4, 2026\n\nThe Department of Water and Sanitation sent tankers.\n\nAccording to the department’s latest Blue Drop assessment, published in December, water from the works failed microbiological standards.",
      "water from the works failed microbiological standards",
      "Department of Water and Sanitation",
    ],
    [
      "a company whose legal form is 'AS'",
      "Salmon\n\nMonday, May 4, 2026\n\nThe fish farming company Nordfjell Havbruk AS said in a stock exchange notice on Tuesday that a mooring line had snapped.",
      "a mooring line had snapped",
      "Nordfjell Havbruk AS",
    ],
    [
      "'the company' beside a public institute whose name ends in 'Resources'",
      "Cattle\n\nMonday, May 4, 2026\n\nThe Brazilian Institute of Environment and Renewable Natural Resources fined the ranches. Carnes Vale Verde, which is based in Goiânia and sells beef to China, was not a party to the case. In a statement, the company said it had stopped buying from the ranches.",
      "it had stopped buying from the ranches",
      "Carnes Vale Verde",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).find((c) => c.text === content)?.speaker).toBe(speaker);
  });

  it.each([
    [
      "a participle after a superlative's noun",
      "Salmon\n\nMonday, May 4, 2026\n\nThe directorate opened an investigation after 90,000 salmon escaped on Monday night, the largest escape reported in the country this year.",
      [],
    ],
    [
      "a comparison",
      "Fossil\n\nMonday, May 4, 2026\n\nAustralia has produced few dinosaur fossils compared with other continents, and most of them have come from Queensland.",
      [],
    ],
    [
      "'last week accused', no superlative",
      "Metro\n\nMonday, May 4, 2026\n\nThe El Alto Municipal Council last week accused the company of closing two stations for repairs.",
      ["the company of closing two stations for repairs"],
    ],
  ])("only the claims there are in %s", (_name, text, contents) => {
    expect(claims(text).map((c) => c.text)).toEqual(contents);
  });
});
