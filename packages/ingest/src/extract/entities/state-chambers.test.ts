import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function names(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name)
    .sort();
}

describe("bareChambersOfState", () => {
  it("reads a bare 'Senate' and 'House' in a story of one state's chambers as the state's", () => {
    const text =
      "The Arizona State Senate voted 18–12 on Wednesday. Governor Ruth Callahan said she would sign the bill in the form the Senate passed it. The measure now goes to the Arizona House of Representatives. An aide said it was unlikely to reach a vote in the House before April.";
    expect(names(text)).toEqual(["Arizona House of Representatives", "Arizona State Senate"]);
  });

  it("reads a bare 'Senate' in a story datelined abroad as that country's own", () => {
    const text =
      "Radio host shot dead\n\nPAGADIAN CITY, Philippines — Senator Rowena Dimaculangan filed a resolution seeking a Senate inquiry into the killing.";
    expect(names(text)).toContain("Senate");
    expect(names(text)).not.toContain("United States Senate");
  });

  it("leaves them the United States' where the story names the U.S. Senate", () => {
    const text =
      "The Arizona State Senate voted on Wednesday. The U.S. Senate will vote next week. Ana Ruiz said the Senate would pass it.";
    expect(names(text)).toContain("United States Senate");
  });
});

// entities-116 (read on gold/newsdev6)
describe("bareCongressOfParty", () => {
  it("reads a bare 'Congress' as the one party so named in a story that never names the US Congress", () => {
    const text =
      "A Congress leader from Madurai said the Indian National Congress had asked the DMK to let it contest the seat.";
    expect(names(text)).toContain("Indian National Congress");
    expect(names(text)).not.toContain("United States Congress");
  });

  it("leaves 'Congress' the United States' where the story names it in full", () => {
    const text = "The U.S. Congress passed the bill. Congress will vote again, the African National Congress said.";
    expect(names(text)).not.toContain("African National Congress Congress");
    expect(names(text).filter((n) => /Congress/.test(n))).toContain("African National Congress");
  });
});
