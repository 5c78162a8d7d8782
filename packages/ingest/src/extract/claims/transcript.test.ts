import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => [
    c.text,
    c.speaker,
    c.speaker_start === null ? null : text.slice(c.speaker_start, c.speaker_end ?? 0),
    c.rule,
  ]);
}

const INTERVIEW = [
  "Gov. Mike Pence spoke to Fox News on Sunday. Partial transcript as follows:",
  '"WALLACE: Will Gennifer Flowers be there tomorrow night?',
  '"PENCE: Gennifer Flowers will not be attending the debate. Donald Trump was using the tweet to mock “Shark Tank.”',
  '"WALLACE: Do you really see those two as equivalent?',
  '"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff."',
  "Follow the show on Twitter.",
].join("\n\n");

describe("interview transcripts: 'NAME: turn'", () => {
  it("gives each turn to its labelled speaker, the label being the mention", () => {
    expect(claims(INTERVIEW).filter((c) => c[3] === "transcript-label")).toEqual([
      ["Will Gennifer Flowers be there tomorrow night?", "Wallace", "WALLACE", "transcript-label"],
      [
        "Gennifer Flowers will not be attending the debate. Donald Trump was using the tweet to mock “Shark Tank.”",
        "Mike Pence",
        "PENCE",
        "transcript-label",
      ],
      ["Do you really see those two as equivalent?", "Wallace", "WALLACE", "transcript-label"],
      [
        "Well, look, Mark Cuban has been out there saying some pretty tough stuff.",
        "Mike Pence",
        "PENCE",
        "transcript-label",
      ],
    ]);
  });

  it.each([
    [
      "a section label that names nobody",
      "Jake Tapper hosted the show.\n\nVIDEO: Hillary and Obama all told me it was a video.",
    ],
    [
      "a label used once that names nobody, in a transcript",
      `${INTERVIEW}\n\nEXCLUSIVE: In memo to Congress, Saudis insist they are fighting.`,
    ],
    [
      "a surname two people of the article share",
      "Hillary Clinton and Bill Clinton spoke.\n\nCLINTON: I feel a great deal of sympathy for the families.",
    ],
  ])("no turn: %s", (_name, text) => {
    const labels = ["VIDEO", "EXCLUSIVE", "CLINTON"];
    expect(claims(text).filter((c) => c[3] === "transcript-label" && labels.includes(String(c[2])))).toEqual([]);
  });
});

describe("a Wikinews interview's title-case turns (rules-128)", () => {
  const page = [
    "Developer tells Wikinews why she bought back her game",
    "Friday, May 15, 2026",
    "Valentina Rojas Quiroga, a game developer from Valparaíso, spent four years making the game. Wikinews spoke to her.",
    "Wikinews: Why did you want the rights back?",
    "Rojas: Because the game was finished and I was not. I want to say that clearly: they treated us fairly.",
    "Wikinews: How did you pay for it?",
    "Rojas: A grant from Corfo covered about half, and the rest is a loan from my parents.",
  ].join("\n\n");

  it("makes each answer one claim of the interviewee, and the questions none", () => {
    const found = claims(page);
    expect(found).toEqual([
      [
        "Because the game was finished and I was not. I want to say that clearly: they treated us fairly.",
        "Valentina Rojas Quiroga",
        "Rojas",
        "transcript-label",
      ],
      [
        "A grant from Corfo covered about half, and the rest is a loan from my parents.",
        "Valentina Rojas Quiroga",
        "Rojas",
        "transcript-label",
      ],
    ]);
  });

  it("makes no person of the publication that asks", () => {
    const people = extractDocument({ id: "t", text: page, origin: "t", format: "text" })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.name);
    expect(people).toEqual(["Valentina Rojas Quiroga"]);
  });

  it("leaves a lone title-case label alone ('Update: …' is no turn)", () => {
    const text = "Ana Ruiz said the count was over.\n\nUpdate: The count resumed on Monday, officials said.";
    expect(claims(text).map((c) => c[3])).not.toContain("transcript-label");
  });
});

describe("an interviewer's statements and an answer over two paragraphs (rules-129)", () => {
  const page = [
    "Senate hopeful tells Wikinews why he is running",
    "Monday, September 21, 2026",
    "Marcus Thibodeau, a former lobster-boat captain, is the Green Independent candidate for the Senate.",
    "Wikinews: Why run for the Senate?",
    "Thibodeau: I did the smaller things. The people who fish out of Bath need somebody in Washington.",
    "Wikinews: The Republicans tried to knock you off the ballot.",
    "Thibodeau: They did, and they lost. Only 41 of the signatures were invalid.",
    "It cost us the summer.",
    "Wikinews: What comes next?",
    "Thibodeau: The debates, if they let me in.",
  ].join("\n\n");

  it("makes no claim of an interviewer's statement, and carries an answer into the next paragraph", () => {
    expect(claims(page).map(([text, speaker, , rule]) => [text, speaker, rule])).toEqual([
      [
        "I did the smaller things. The people who fish out of Bath need somebody in Washington.",
        "Marcus Thibodeau",
        "transcript-label",
      ],
      ["They did, and they lost. Only 41 of the signatures were invalid.", "Marcus Thibodeau", "transcript-label"],
      ["It cost us the summer.", "Marcus Thibodeau", "transcript-continued"],
      ["The debates, if they let me in.", "Marcus Thibodeau", "transcript-label"],
    ]);
  });
});

describe("labels of several words, and 'Q:' (rules-130)", () => {
  it("reads a surname of two words as the interviewee's label and 'Q:' as the interviewer's", () => {
    const page = [
      "Film-maker tells Wikinews why she made her documentary",
      "Thursday, April 9, 2026",
      "Yara Abi Rached, a Lebanese film-maker, spoke to Wikinews about her film.",
      "Q: Why make this film now?",
      "Abi Rached: Because the mothers are dying. When I started filming there were forty of them.",
      "Q: Will the film be shown in Lebanon?",
      "Abi Rached: We have applied for a screening permit twice.",
    ].join("\n\n");
    expect(claims(page).map(([text, speaker]) => [text, speaker])).toEqual([
      ["Because the mothers are dying. When I started filming there were forty of them.", "Yara Abi Rached"],
      ["We have applied for a screening permit twice.", "Yara Abi Rached"],
    ]);
  });
});

describe("a family name written first as the label (rules-131)", () => {
  it("reads 'Heng:' as the interviewee's label when the article names Heng Sreymom", () => {
    const page = [
      "Curator tells Wikinews how a statue came home",
      "Tuesday, June 9, 2026",
      "Wikinews spoke on Monday to Dr. Heng Sreymom, the museum's chief curator, who led the talks.",
      "Wikinews: How did you learn the statue was for sale?",
      "Heng: A volunteer sent me the catalogue page at eleven at night. I recognised the pose at once.",
      "Wikinews: Who paid for the return?",
      "Heng: France paid for the crate and the insurance.",
    ].join("\n\n");
    expect(claims(page).map(([text, speaker]) => [text, speaker])).toEqual([
      ["A volunteer sent me the catalogue page at eleven at night. I recognised the pose at once.", "Heng Sreymom"],
      ["France paid for the crate and the insurance.", "Heng Sreymom"],
    ]);
  });
});
