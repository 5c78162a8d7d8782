import { countryOf } from "../lexicon/countries.js";
import { COMPANY_NAME_ENDS, NAME_ENDS_NO_PERSON } from "../lexicon/organizations.js";
import type { Token } from "../text/tokens.js";
import type { Mention } from "./types.js";

/**
 * "Kitefall Publishing of Singapore paid for the port": a company's name that ends in its company word, then "of"
 * and a country, is the company; the country says where it is ("Bank of America" ends in no company word).
 */
export function trimCountryAfterCompany(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Organization" || m.last - m.first < 4) continue;
    for (let k = m.first + 1; k < m.last - 1; k++) {
      if ((tokens[k] as Token).lower !== "of") continue;
      const word = (tokens[k - 1] as Token).lower;
      if (NAME_ENDS_NO_PERSON.get(word) !== "company" && !COMPANY_NAME_ENDS.has(word)) break;
      const after = text.slice((tokens[k + 1] as Token).start, (tokens[m.last - 1] as Token).end);
      if (countryOf(after)?.form !== "name") break;
      m.last = k;
      m.end = (tokens[k - 1] as Token).end;
      m.text = text.slice(m.start, m.end);
      m.name = m.name.slice(0, m.name.lastIndexOf(" of "));
      break;
    }
  }
}
