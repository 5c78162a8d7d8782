import type { KnownOrg } from "./organizations.js";

/**
 * The United States' federal departments and a few agencies under the names the news gives them in turn
 * ("the Labor Department", "the Department of Labor", "the U.S. Department of Labor"): one organization,
 * not one node per wording. Names are the official "Department of …" ones, except where `KNOWN_ORGS`
 * already names the body otherwise (State Department, Department of Justice, Supreme Court): those entries only
 * add the "U.S." forms here. Like `INTERNATIONAL_BODIES`, kept out of the tagger's gazetteer features (its
 * weights were trained with `KNOWN_ORGS` as they are).
 */
const DEPARTMENTS = [
  "Agriculture",
  "Commerce",
  "Education",
  "Energy",
  "Health and Human Services",
  "Homeland Security",
  "Housing and Urban Development",
  "the Interior",
  "Labor",
  "Transportation",
  "the Treasury",
  "Veterans Affairs",
];

function department(subject: string): KnownOrg {
  const bare = subject.replace(/^the /, "");
  const name = `Department of ${subject}`;
  return {
    name,
    aliases: [
      `${bare} Department`,
      `U.S. ${name}`,
      `US ${name}`,
      `U.S. ${bare} Department`,
      `United States ${name}`,
      ...(subject === bare ? [] : [`Department of ${bare}`, `U.S. Department of ${bare}`]),
    ],
    kind: "agency",
  };
}

export const US_GOVERNMENT: KnownOrg[] = [
  ...DEPARTMENTS.map(department),
  {
    name: "State Department",
    aliases: [
      "U.S. State Department",
      "US State Department",
      "U.S. Department of State",
      "United States Department of State",
    ],
    kind: "agency",
  },
  {
    name: "Department of Justice",
    aliases: [
      "U.S. Department of Justice",
      "US Department of Justice",
      "U.S. Justice Department",
      "United States Department of Justice",
    ],
    kind: "agency",
  },
  {
    name: "Supreme Court",
    aliases: [
      "U.S. Supreme Court",
      "US Supreme Court",
      "United States Supreme Court",
      "Supreme Court of the United States",
    ],
    kind: "court",
  },
  {
    name: "Securities and Exchange Commission",
    aliases: ["S.E.C.", "U.S. Securities and Exchange Commission"],
    kind: "agency",
  },
];
