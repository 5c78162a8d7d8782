import { describe, expect, it } from "vitest";
import { claimsSaid } from "../extracted-views.js";

const HEAD = "Story\n\nTuesday, March 8, 2016\n\n";

describe("claims newsdev76 read wrong (rules-188)", () => {
  it.each([
    [
      "a question a judge asked",
      `${HEAD}“If a franchisee gets the benefit of the brand, why shouldn’t it share the obligations of the brand?” Ostrander asked.`,
    ],
    ["pressing someone on that point", `${HEAD}Circuit Judge Raymond Ostrander pressed him on that point.`],
    [
      "adding a thing to a bill",
      `${HEAD}Dale Simms's group backed the bill after the Senate added a cap on future increases.`,
    ],
    [
      "a noun after 'the' before its relative 'that'",
      `${HEAD}Its opening has revived a debate over how much the kingdom owes India for the dams that earn most of its export income.`,
    ],
    [
      "an absolute phrase's 'opposed to'",
      `${HEAD}The agency had received more than 2,300 written comments, most of them opposed to the pipeline.`,
    ],
  ])("%s reports no words", (_name, text) => {
    expect(claimsSaid(text)).toEqual([]);
  });

  it.each([
    [
      "an indictment's maker, named in its appositive, speaks for it after",
      `${HEAD}The 23-count indictment, brought by the New Mexico Attorney General's Office, accuses state Sen. Gilbert Archuleta of steering contracts to a lobbyist's clients. According to the indictment, Turquoise Trail Strategies paid the fees to Sierra Blanca Consulting between 2012 and 2015.`,
      {
        text: "Turquoise Trail Strategies paid the fees to Sierra Blanca Consulting between 2012 and 2015",
        speaker: "New Mexico Attorney General's Office",
      },
    ],
    [
      "a suit speaks for the unnamed group the lead says sued, named later",
      `${HEAD}A civil liberties group sued an Alabama sheriff's office on Tuesday, accusing it of locking up poor residents who could not pay their fines.\n\nThe lawsuit, filed in federal court on behalf of six former inmates, says the Dorrance County Sheriff's Office held at least 212 people in the county jail.\n\n"You cannot put someone in a cell because they are poor," said Nadia Ferris, a senior staff attorney at the Southern Center for Civil Liberties, which filed the suit.`,
      {
        text: "the Dorrance County Sheriff's Office held at least 212 people in the county jail",
        speaker: "Southern Center for Civil Liberties",
      },
    ],
    [
      "a lead's description of a lawyer, named three paragraphs later with the same noun",
      `${HEAD}A lawyer for Minnesota restaurant owners told a federal appeals court on Tuesday that the state's new minimum-wage law unfairly punishes franchise businesses.\n\nThe three-judge panel heard an hour of arguments.\n\nThe law raises the minimum wage to $14 an hour.\n\nGregory Vance, a lawyer at the Minneapolis firm Hale & Brennan who argued for the coalition, said the law was unfair.`,
      {
        text: "the state's new minimum-wage law unfairly punishes franchise businesses",
        speaker: "Gregory Vance",
      },
    ],
    [
      "the lead's company named after a fronted phrase of the next paragraph",
      `${HEAD}A Texas company that wants to build a crude oil pipeline asked state regulators Monday for the power to condemn easements, arguing that the line would serve the public by easing rail congestion.\n\nIn a 212-page filing with the Iowa Utilities Board, Prairie Crossing Pipeline LLC said it had reached voluntary agreements with most owners.`,
      {
        text: "the line would serve the public by easing rail congestion",
        speaker: "Prairie Crossing Pipeline LLC",
      },
    ],
    [
      "a denial, then 'and has warned that', two claims",
      `${HEAD}China has denied that its mills sell steel below cost and has warned that it would challenge any new tariffs.`,
      { text: "its mills sell steel below cost", speaker: "China" },
    ],
    [
      "an order to jailers goes on with the reported clause",
      `${HEAD}A former detention officer, who spoke on condition of anonymity, said supervisors kept a list of inmates held only for fines and told jailers to "leave them be until somebody pays."`,
      {
        text: 'supervisors kept a list of inmates held only for fines and told jailers to "leave them be until somebody pays."',
        speaker: "former detention officer",
      },
    ],
    [
      "a participle under 'had' and its quoted object go on with the reported clause",
      `${HEAD}Its chief executive, Mark Galea, told the newspaper that inspectors had visited the street in March and found “no sign of structural danger.”`,
      {
        text: "inspectors had visited the street in March and found “no sign of structural danger.”",
        speaker: "Mark Galea",
      },
    ],
  ])("%s", (_name, text, claim) => {
    expect(claimsSaid(text)).toContainEqual(claim);
  });

  it("a quoted question with another verb than 'asked' stays a claim", () => {
    expect(claimsSaid(`${HEAD}“Who is going to pay for this?” Ostrander said.`)).toEqual([
      { text: "Who is going to pay for this?", speaker: "Ostrander" },
    ]);
  });

  it("a coordinated verb of stance after 'had' reports on its own", () => {
    expect(
      claimsSaid(
        `${HEAD}Mehmood denied that his supporters had threatened anyone and dismissed the report as "a story planted by people who lost."`,
      ),
    ).toContainEqual({ text: "his supporters had threatened anyone", speaker: "Mehmood" });
  });
});
