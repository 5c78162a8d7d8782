import { adjectivalRepeat, cueOf, WISH_CUES } from "../lexicon/cues.js";
import type { Token } from "../text/tokens.js";

/** Auxiliaries and modals: a clause's verb, never the subject of a new report. */
const AUXILIARIES = /^(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|may|might|can|must)$/;

/** Finite forms only: "and said …" starts a new report, "and saying" is handled as a participle. */
function finiteCue(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && !/ing$/.test(t.lower) && cueOf(t.lower) !== undefined;
}

/**
 * ("told the newspaper that inspectors had visited the street in March [and found] “no sign of structural danger.”"): a
 * participle after "and" that shares a "had" a few words before it, in the same clause, its object a quotation, goes on
 * with the reported clause's subject, 2026-12-07, newsdev76.
 */
function participleUnderHad(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || !/(?:ed|found|made|told|seen|given|taken|shown)$/.test(next.lower)) return false;
  // (its object quoted: not "… and dismissed the report as …", "… and called the accusation …", a stance of its own)
  if (tokens[k + 2]?.kind !== "quote") return false;
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const w = tokens[j] as Token;
    if (w.sentence !== next.sentence || w.kind !== "word") return false;
    // (not past a verb of saying: "had said … and warned" reports on its own)
    if (w.lower === "said" || w.lower === "told") return false;
    if (w.lower === "had") return j < k - 1;
  }
  return false;
}

/** "told jailers to …", "ordered staff to …": "told" or "ordered" at token i, a bare plural object, then "to". */
function orderTo(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:told|ordered|instructed)$/.test(tokens[i]?.lower ?? "")) return false;
  const object = tokens[i + 1];
  return (
    object !== undefined &&
    object.kind === "word" &&
    !object.cap &&
    /[^s]s$/.test(object.lower) &&
    tokens[i + 2]?.lower === "to"
  );
}

/** A modal or "to" among the few words before token k in its sentence ("must pay a penalty and …"). */
function modalBefore(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
    const w = tokens[j] as Token;
    if (w.sentence !== sentence || w.text === "," || w.kind === "quote") return false;
    if (/^(?:must|will|would|should|could|can|may|might|to)$/.test(w.lower)) return true;
  }
  return false;
}

/**
 * Whether the content of a report ends before token `k` because a new report starts there:
 * "… the president’s foreign policy [and said allies …]", "… flawed law[, some critics fear …]",
 * "… Clinton’s charges [by pointing out …]". PolNeAR ends the content at such a point.
 */
export function startsNewAttribution(tokens: Token[], k: number, last: number, whole = false): boolean {
  const t = tokens[k] as Token;
  if (t.lower === "and" || t.lower === "but") {
    const next = tokens[k + 1];
    // "… must pay a penalty [and submit] an audit": a bare verb after a modal or "to" shares its subject
    // ("said planters were not against higher pay [but wanted] it tied to productivity": a verb of wanting or fearing
    // goes on with the reported clause, as `indirect.ts` reads it)
    // ("… met with the superintendent [and agreed on] which schools to close": agreeing on or with something goes on
    // with the reported clause's subject; not "and called on both governments to …", a request of its own)
    const weakThenPreposition =
      /^(?:agree|disagree)$/.test(cueOf(next?.lower ?? "")?.base ?? "") &&
      /^(?:on|with|upon|about)$/.test(tokens[k + 2]?.lower ?? "");
    if (
      finiteCue(next) &&
      // ("ruling that it had misled customers … and ranked restaurants in its app by …": ranking is an act, newsdev58)
      cueOf(next?.lower ?? "")?.base !== "rank" &&
      !(cueOf(next?.lower ?? "")?.base === next?.lower && modalBefore(tokens, k)) &&
      !WISH_CUES.has(cueOf(next?.lower ?? "")?.base ?? "") &&
      !adjectivalRepeat(next?.lower ?? "", tokens[k + 2]?.lower) &&
      !weakThenPreposition &&
      // ("had been inspected in July and found to meet all requirements": a passive participle, 2026-12-07, newsdev67)
      !(next?.lower === "found" && tokens[k + 2]?.lower === "to") &&
      // ("said supervisors kept a list … [and told jailers to] "leave them be …"": an order to someone goes on with the
      // reported clause's subject, 2026-12-07, newsdev76)
      !orderTo(tokens, k + 1) &&
      !participleUnderHad(tokens, k)
    )
      return true;
    if (next?.lower === "then" && finiteCue(tokens[k + 2])) return true;
    // ("China has denied that its mills sell steel below cost [and has warned that] it would challenge …": a second
    // verb of saying after its auxiliary, and its "that", 2026-12-07, newsdev76)
    if (/^(?:has|have|had)$/.test(next?.lower ?? "") && finiteCue(tokens[k + 2]) && tokens[k + 3]?.lower === "that")
      return true;
    // ("with Garrity saying he would … and Vasquez-Moore accusing him of …": a second absolute clause, a capitalised
    // name and its participle of speech, 2026-12-07, newsdev69)
    if (next?.cap && next.kind === "word") {
      let j = k + 2;
      while (j < last && j < k + 5 && (tokens[j] as Token).cap && (tokens[j] as Token).kind === "word") j++;
      const ing = tokens[j];
      if (ing && !ing.cap && /ing$/.test(ing.lower) && ing.lower.length > 5 && cueOf(ing.lower)) return true;
    }
    // "… them rapists [and vowing to …]": a second predicate of the speaker, not content
    if (next && next.kind === "word" && /ing$/.test(next.lower) && next.lower.length > 5 && cueOf(next.lower))
      return true;
    return false;
  }
  // (a means that is itself a report only: "[by pointing out …]", "[by noting …]"; not "had “broken its word” by
  // cutting bonuses …", newsdev57 — measured on PolNeAR dev too, where stopping at every "by …ing" scored lower)
  if (
    t.lower === "by" &&
    /ing$/.test(tokens[k + 1]?.lower ?? "") &&
    (tokens[k + 1]?.lower.length ?? 0) > 5 &&
    (cueOf(tokens[k + 1]?.lower ?? "") !== undefined || tokens[k + 2]?.lower === "out")
  )
    return true;
  if (t.text === ",") {
    // ", some critics fear …", ", and more than 4 in 10 said …": a short subject, then a cue verb
    const from = /^(?:and|but)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    // `whole` (the quotation unit): "… the ferry's captain, Ilias Papadakis[, had ignored] the warnings":
    // an auxiliary after the comma continues the clause an appositive interrupted; it is no new subject
    if (whole && AUXILIARIES.test(tokens[from]?.lower ?? "")) return false;
    let bracketed = 0;
    for (let j = from; j < Math.min(last, from + 6 + bracketed); j++) {
      const w = tokens[j] as Token;
      // (", Sen. Lindsey Graham (R-S.C.) told …": a party's bracket between the name and the cue)
      if (w.text === "(" && j > from) {
        let close = j + 1;
        while (close < last && close - j <= 8 && tokens[close]?.text !== ")") close++;
        if (tokens[close]?.text !== ")") return false;
        bracketed += close - j + 1;
        j = close;
        continue;
      }
      // (", the 38-page complaint argues": a hyphen inside a compound modifier)
      const joiningHyphen = w.text === "-" && w.start === tokens[j - 1]?.end && tokens[j + 1]?.start === w.end;
      if (w.kind !== "word" && w.kind !== "number" && !joiningHyphen) return false;
      // (", including 212 intercepted phone calls, left …": a list set off in the subject, its noun no verb)
      if (j > from && finiteCue(w) && !/ed$/.test(tokens[j - 1]?.lower ?? ""))
        return !/^(?:that|which|who|and|or|as|including|excluding)$/.test(tokens[from]?.lower ?? "");
    }
  }
  return false;
}
