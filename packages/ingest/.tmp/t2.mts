import { analyzeText } from "../src/extract/extract-document.ts";

for (const text of [
  "S. K. Venkatesh, an analyst at Harbourline Capital, said the price was fair.",
  "He met T. S. Mabuza, a writer.",
]) {
  const doc = analyzeText(text);
  console.log(
    doc.tokens
      .slice(0, 8)
      .map((t) => `${t.text}/${t.sentence}/${t.cap ? "C" : ""}`)
      .join(" "),
  );
  console.log(doc.entities.mentions.map((m) => `${m.text}:${m.type}:${m.tagged ?? ""}`).join(" | "));
}
