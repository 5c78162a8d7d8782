import { FUNCTION_WORDS } from "../src/extract/lexicon/function-words.ts";
import { tokenize } from "../src/extract/text/tokens.ts";

const t = tokenize("S. K. Venkatesh, T. said")[0];
console.log(
  JSON.stringify(t),
  FUNCTION_WORDS.has("s."),
  FUNCTION_WORDS.has("s"),
  FUNCTION_WORDS.has("t."),
  [...FUNCTION_WORDS].filter((w) => w.length <= 2).join(","),
);
