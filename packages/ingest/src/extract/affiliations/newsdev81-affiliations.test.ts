import { describe, expect, it } from "vitest";
import { affiliationPairs } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("affiliations newsdev81 read wrong (rules-193)", () => {
  it.each([
    [
      "a state's House named only in its leaders' titles, in a story of its legislature",
      `Pension deal\n\nPROVIDENCE, R.I. (AP) — The General Assembly must approve the settlement. House Minority Leader Brendan Kowalczyk (R-Westerly) called it "a payoff." A senior aide to House Speaker Tomas Quaresma said the speaker wanted a vote.`,
      ["Brendan Kowalczyk -> House", "Tomas Quaresma -> House"],
    ],
    [
      "a delegate and the speaker of a House of Delegates",
      `Veto\n\nANNAPOLIS, Md. (AP) — The bill passed the House of Delegates 88-50. In a letter to House Speaker Lorraine Abernathy-Quist, the governor wrote that it went too far. "Officers carry a badge," said Del. Marisol Ferreira-Watts, who sponsored the bill.`,
      ["Lorraine Abernathy-Quist -> House of Delegates", "Marisol Ferreira-Watts -> House of Delegates"],
    ],
    [
      "a role for a department described, after 'But'",
      `${HEAD}The Delaware Department of State runs the registry. But a spokeswoman for the department, Ilse Marchetti, denied that the state was targeting Halvard.`,
      ["Ilse Marchetti -> Delaware Department of State"],
    ],
    [
      "'its secretary' after a quotation of several sentences",
      `${HEAD}The Union of Ferry Owners of Mohéli said the inspections came without warning.\n\n“Nobody is against safety. But the agency has given us no list,” its secretary, Ali Bacar El-Anrif, said in an interview.`,
      ["Ali Bacar El-Anrif -> Union of Ferry Owners of Mohéli"],
    ],
    [
      "a firm's country after it",
      `${HEAD}Priya Venkataraman-Lim, a trade analyst at the consultancy Meridian Asia Advisory in Singapore, said the processors were small.`,
      ["Priya Venkataraman-Lim -> Meridian Asia Advisory"],
    ],
    [
      "a military rank after the role's comma",
      `${HEAD}The Marine Corps plans to move. A Marine Corps spokesman, Maj. Quentin Abara-Lindqvist, said in an email that the units would arrive.`,
      ["Quentin Abara-Lindqvist -> Marine Corps"],
    ],
    [
      "a numbered unit of the organization one leads",
      `${HEAD}Darnell Two Feathers, who leads District 22 of the United Mine Workers of America, told POLITICO that two companies had called.`,
      ["Darnell Two Feathers -> United Mine Workers of America"],
    ],
    [
      "a company's short name opening the sentence before its chief's role",
      `${HEAD}The bill would require High Plains Power to offer the plant. Two companies asked High Plains about it.\n\nHigh Plains chief executive Morten Adeyemi-Sorensen told analysts that closing the plant would save money.`,
      ["Morten Adeyemi-Sorensen -> High Plains Power"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliationPairs(text)).toEqual(expected);
  });
});
