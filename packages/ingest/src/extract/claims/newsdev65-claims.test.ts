import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function claims(text: string) {
  return extractDocument({ id: "t", text, origin: "t", format: "text" }).claims.map((c) => ({
    text: c.text,
    speaker: c.speaker,
    about: c.about,
  }));
}

const HEAD = "Story\n\nTuesday, November 3, 2015\n\n";

describe("claims newsdev65 read wrong (rules-177)", () => {
  it.each([
    [
      "a verb after a document's participle and its time",
      `${HEAD}The U.S. Army Corps of Engineers, which would oversee the work, estimated in a study released in June that the project would cost $410 million.`,
      "the project would cost $410 million",
      "U.S. Army Corps of Engineers",
    ],
    [
      "a tail attribution's time, then ', and' and a clause of its own",
      `${HEAD}A private contractor wrongly rejected thousands of claims last year, an advocacy group charged Tuesday, and the Arkansas Department of Human Services said it had opened a review.`,
      "A private contractor wrongly rejected thousands of claims last year",
      "advocacy group",
    ],
    [
      "'According to the report' after 'said in a 38-page report'",
      `${HEAD}The Arkansas Patients’ Rights Coalition said in a 38-page report that Meridian Claims Solutions denied at least 6,200 claims.\n\nAccording to the report, the company’s automated system flagged claims as incomplete.`,
      "the company’s automated system flagged claims as incomplete",
      "Arkansas Patients’ Rights Coalition",
    ],
    [
      "a lead's described group, the organization named later whose name holds its words before the next paragraph's first",
      `${HEAD}A civil rights group sued the Tolliver County Sheriff's Office in federal court on Thursday, accusing its deputies of stopping drivers without cause.\n\nThe lawsuit, filed in U.S. District Court in Savannah by the Southeast Civil Rights Law Project, says drivers were stopped.`,
      "its deputies of stopping drivers without cause",
      "Southeast Civil Rights Law Project",
    ],
  ])("%s", (_name, text, content, speaker) => {
    expect(claims(text).map(({ text, speaker }) => ({ text, speaker }))).toContainEqual({ text: content, speaker });
  });

  it.each([
    [
      "a strike 'called after' an event",
      `${HEAD}Commercial buses stayed off the roads in most Nigerian cities on Monday, the first day of a transport strike called after the Federal Government ended its remaining subsidy on petrol.`,
    ],
    [
      "an undertaking in a relative clause whose object is its antecedent",
      `${HEAD}NATO’s spending target, which members agreed in 2014 to “move toward” within a decade, is 2 percent.`,
    ],
  ])("no claim: %s", (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  it("an embassy's 'we' in its attaché's quotation is its country's", () => {
    const found = claims(
      `${HEAD}Estonia's defence budget rose. The Embassy of Estonia said so.\n\nLiina Tammsaar, a spokeswoman for the embassy, said in a statement: “We have kept our word every year.”`,
    ).find((c) => c.text.startsWith("We have kept"));
    expect(found?.about).toEqual(["Estonia"]);
  });
});
