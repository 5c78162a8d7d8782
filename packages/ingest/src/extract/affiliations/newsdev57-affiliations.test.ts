import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function affiliations(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .affiliations.map((a) => `${a.person} -> ${a.organization}`)
    .sort();
}

const HEAD = "Story\n\nMonday, May 4, 2026\n\n";

describe("affiliations newsdev57 read wrong (rules-168)", () => {
  it.each([
    [
      "'<organization>, chaired by … X,'",
      `${HEAD}The Independent Bushfire Inquiry, chaired by former judge Margaret Okoye, delivered its report on Monday.`,
      ["Margaret Okoye -> Independent Bushfire Inquiry"],
    ],
    [
      "a premier beside a state's government",
      `${HEAD}The report recommended that the NSW Government hire more firefighters. It was delivered to Premier Helen Castellano on Monday.`,
      ["Helen Castellano -> NSW Government"],
    ],
    [
      "a regent beside a regency's government",
      `${HEAD}The Lumajang Regency Government opened shelters. Regent Siti Rahmawati said two residents had been injured.`,
      ["Siti Rahmawati -> Lumajang Regency Government"],
    ],
    [
      "a regional police commander beside the police force",
      `${HEAD}The Tanzania Police Force said 27 were dead. Mwanza regional police commander Elias Mtweve said the ferry had tilted.`,
      ["Elias Mtweve -> Tanzania Police Force"],
    ],
    [
      "a minister of the one country a report with no dateline names",
      `${HEAD}A ferry capsized on Lake Victoria in Tanzania on Sunday. Works and Transport Minister Makame Nyirenda said the government would pay for the funerals.`,
      ["Makame Nyirenda -> Tanzania"],
    ],
    [
      "a state's secretary of state in a story of its supreme court",
      `${HEAD}The Nevada Supreme Court heard arguments on Wednesday. Secretary of State Barbara Kessling told reporters that the law had been implemented smoothly.`,
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("a minister beside a ministry of another name is no country's (newsdev53)", () => {
    const text = `${HEAD}Poland's Ministry of National Education published the plan. Education Minister Joanna Sikorska said schools would reopen.`;
    expect(affiliations(text)).not.toContain("Joanna Sikorska -> Poland");
  });
});
