import type { Token } from "../text/tokens.js";

/** Top-level domains a web address written as a name may end with ("Salon.com", "Metro.us", "BBC.co.uk"). */
const TOP_LEVEL_DOMAINS = new Set([
  ..."com org net gov edu info news io co us uk ca au tv fm".split(" "),
  // countries' own ("Index.hr", "Novinky.cz", "Infobae.ar"), 2026-12-06 (newsdev12); not those that are English
  // words a missing space after a full stop could join ("in", "it", "no", "at", "be", "is", "me", "to", "my", "id")
  ..."hr rs ba si mk al bg ro md hu cz sk pl ua ru gr cy tr de fr es pt nl ch se dk fi ee lv lt ie nz za ng ke gh br ar cl pe mx ve ec uy bo py cu jp kr tw cn hk sg ph pk bd lk eg ma tn il cd ci cm sn rw ug tz zm zw mz ae qa ir pg fj ws".split(
    " ",
  ),
  // ("Civil.ge", "Kun.uz"), 2026-12-06 (newsdev16); "am", "by", "do" and "so" are English words
  ..."ge az kz uz kg tj mn vn th lb jo iq sa kw om bh ly dz sd et ao na bw ni gt hn sv cr pa jm tt".split(" "),
]);

/** A web address standing as a name, over tokens [first, end). */
export interface Website {
  end: number;
  endOffset: number;
  /** As written: "Salon.com". */
  address: string;
  /** Without its top-level domains: "Salon" (what a known organization is looked up by). */
  site: string;
}

/**
 * "Salon.com", "Change.org", "HealthCare.gov": labels joined by periods with no space, ending with
 * known top-level domains, starting at token `i` — the organization that runs the site speaks
 * through it ("Amazon.com said …") and is named by it. The tokenizer leaves the address in pieces
 * ("Amazon" "." "com"), as the entity tagger was trained; this joins them again. Written with a
 * capital and without "www.": an address in lower case ("visit wikihow.com") names no one.
 */
export function websiteAt(text: string, tokens: readonly Token[], i: number): Website | undefined {
  const first = tokens[i];
  if (!first || first.kind === "punct" || first.kind === "quote" || first.lower === "www") return undefined;
  const before = tokens[i - 1];
  if (before && before.end === first.start && before.text === ".") return undefined;
  let k = i;
  let lastDomain = -1;
  let siteEnd = -1;
  while (true) {
    const dot = tokens[k + 1];
    const label = tokens[k + 2];
    const prev = tokens[k] as Token;
    if (!dot || !label || dot.text !== "." || dot.start !== prev.end || label.start !== dot.end) break;
    if (label.kind !== "word" && label.kind !== "number") break;
    k += 2;
    if (TOP_LEVEL_DOMAINS.has(label.text)) {
      if (siteEnd < 0) siteEnd = k - 2;
      lastDomain = k;
    } else if (lastDomain >= 0) break;
  }
  if (lastDomain < 0) return undefined;
  const last = tokens[lastDomain] as Token;
  const next = tokens[lastDomain + 1];
  // "Salon.com/politics" or "Salon.comx": part of something longer
  if (next && next.start === last.end && !/^[,.;:!?)’'"”]$/.test(next.text)) return undefined;
  const address = text.slice(first.start, last.end);
  if (!/\p{Lu}/u.test(address)) return undefined;
  return {
    end: lastDomain + 1,
    endOffset: last.end,
    address,
    site: text.slice(first.start, (tokens[siteEnd] as Token).end),
  };
}
