import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" });
  return g.affiliations.map((a) => `${a.person} — ${a.organization}`);
}

// roles the way British, wire-agency and international reports write them (read on gold/newsdev3)
describe("affiliations in British, wire and international reports", () => {
  it.each([
    // a role of a named organization set off in front of the name
    [
      "Speaking to reporters, the chair of Skelby Town Council, Deirdre Flanagan, said the station had failed.",
      ["Deirdre Flanagan — Skelby Town Council"],
    ],
    ["The First Minister of Wales, Rhian Evans, said the budget was fair.", ["Rhian Evans — Wales"]],
    // a party's member for a seat
    [
      "The Labour MP for Skelby, Priya Nandakumar, wrote on X that the company had questions to answer.",
      ["Priya Nandakumar — Labour"],
    ],
    // a judge of the one court named before
    [
      "The case was heard at Cardiff Crown Court. Sentencing, Judge Rhian Caddick said the man had lied. He plans an appeal to the Supreme Court.",
      ["Rhian Caddick — Cardiff Crown Court"],
    ],
    // a minister in a story datelined in a country
    ["ABANCAY, Peru — Interior Minister Raúl Salazar said the police acted lawfully.", ["Raúl Salazar — Peru"]],
    // a club's closing word stands for the club; an honorific is no role
    [
      "Strathearn Rovers sacked their manager. Rovers chairman Sir Alasdair McCallum said the decision had been hard.",
      ["Alasdair McCallum — Strathearn Rovers"],
    ],
    // a specialist's job noun, a modifier before the role
    ["Met Office meteorologist Anjali Raman told BBC Radio 4 that storms were wetter.", ["Anjali Raman — Met Office"]],
    [
      "Members of Unite walked out. Unite regional officer Farah Siddiqui said the dispute was about patient safety.",
      ["Farah Siddiqui — Unite"],
    ],
    // an organization noun opening the sentence before the role
    [
      "Ashworth Borough Council voted to demolish the blocks. Council leader Imran Chaudhry said the repairs would cost £60 million.",
      ["Imran Chaudhry — Ashworth Borough Council"],
    ],
    // "their" for an organization named in the plural; a councillor's title
    [
      "Ashworth Borough Council voted on Tuesday. The Liberal Democrats, who lead the opposition, said they would ask for a review. Their housing spokesperson, Cllr Niamh Brannigan, said the council had ignored a survey.",
      ["Niamh Brannigan — Ashworth Borough Council", "Niamh Brannigan — Liberal Democrats"],
    ],
    // "its" after a sentence that opens with an organization described by its noun
    [
      "The Harbour Workers Union called a strike at the port. Shipping stopped. The union disputed the company's figures. Its regional officer, Farah Siddiqui, said the strike would go on.",
      ["Farah Siddiqui — Harbour Workers Union"],
    ],
    // an acronym defined in the article is the article's organization, not the lexicon's
    [
      "Sardar Usman Awan, the candidate of Pakistan Tehreek-e-Insaf (PTI), said he would appeal.",
      ["Sardar Usman Awan — Pakistan Tehreek-e-Insaf"],
    ],
    // a place the tagger kept before an organization's head; the trust's chief executive
    [
      "LEICESTER, England — Nurses at Soar Valley Hospitals NHS Trust walked out on Tuesday. In a statement, the trust's chief executive, Dr Oluwaseun Bakare, said the offer stood.",
      ["Oluwaseun Bakare — Soar Valley Hospitals NHS Trust"],
    ],
    // an appositive office: the dateline's country's president, a nationality's office of state
    ["NAIROBI, Kenya — William Ruto, the president, said taxes would fall.", ["William Ruto — Kenya"]],
    ["Emmanuel Macron, the French president, said taxes would fall.", ["Emmanuel Macron — France"]],
    ["Keir Starmer, the British prime minister, said taxes would fall.", ["Keir Starmer — United Kingdom"]],
    ["Barack Obama, the president, said taxes would fall.", ["Barack Obama — United States"]],
    // a division of a court
    [
      "The Gauteng Division of the High Court on Monday ordered the municipality to restore water. Judge Nomvula Dlamini said water was a right.",
      ["Nomvula Dlamini — Gauteng Division of the High Court"],
    ],
  ])("%s", (text, expected) => {
    expect(affiliations(text).sort()).toEqual(expected);
  });

  it.each([
    // two courts named before the judge: whose judge is not said
    "The Lahore High Court and the Supreme Court heard the case. Justice Saima Cheema said the count was flawed.",
    // a minister with no dateline: the country is not said
    "Interior Minister Raúl Salazar said the police acted lawfully.",
    // "their" with no organization named in the plural
    "The Ashworth Tenants Association met on Monday. Their lawyer, Tom Reese, said the vote was unlawful.",
  ])("%s: no affiliation", (text) => {
    expect(affiliations(text)).toEqual([]);
  });
});

describe("roles not held", () => {
  it.each([
    // a role foreseen
    "Thirty-six votes went to the next president of the United States, Donald J. Trump, the senator said.",
    // a judge beside a supreme court, which has justices
    "The Supreme Court will hear the case. Judge Gonzalo Curiel said the suit could go ahead.",
  ])("%s: no affiliation", (text) => {
    expect(affiliations(text)).toEqual([]);
  });
});

// roles as regional press writes them (read on gold/newsdev4)
describe("affiliations in regional press", () => {
  it.each([
    // a national team is named by its country
    ["HARARE, Zimbabwe — Zimbabwe coach Tendai Mavhunga said the pitch had turned.", ["Tendai Mavhunga — Zimbabwe"]],
    ["Chamod Weerasekara, the Sri Lanka captain, said his side had batted poorly.", ["Chamod Weerasekara — Sri Lanka"]],
    // a compound of organization nouns before a title; a student of a named university
    [
      "The Wexley City School District said the treasurer had resigned. School board president Angela Ruiz-Whitcomb told the Wexley Courier that the board had trusted the wrong person.",
      ["Angela Ruiz-Whitcomb — Wexley City School District"],
    ],
    [
      "The University of Canterbury closed early. University of Canterbury student Anna Reid told The Press she had waited an hour.",
      ["Anna Reid — University of Canterbury"],
    ],
    // a sheriff of the one sheriff's office named
    [
      "The Brannock County Sheriff's Office said deputies found three checkbooks. Sheriff Dale Brummett said the case was closed.",
      ["Dale Brummett — Brannock County Sheriff's Office"],
    ],
  ])("%s", (text, expected) => {
    expect(affiliations(text).sort()).toEqual(expected);
  });

  it("a senator in a story datelined abroad sits in no United States chamber", () => {
    expect(
      affiliations("PAGADIAN CITY, Philippines — Senator Rowena Dimaculangan said the killing must be solved."),
    ).toEqual([]);
  });
});
