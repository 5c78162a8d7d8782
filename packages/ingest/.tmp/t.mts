import { extractDocument } from "../src/extract/index.ts";

for (const text of [
  "S. K. Venkatesh, an analyst at Harbourline Capital, said the price was fair.",
  '"It is fair," said S. K. Venkatesh, an analyst at Harbourline Capital.',
  "Former president George H. W. Bush said on Monday that he would attend.",
  "The governor, Rose Akinyi Odhiambo, said the county had opened clinics.",
  "Governor Rose Akinyi Odhiambo said the county had opened clinics.",
  "Mayor Pieter van der Walt said the water would be restored.",
  "T. S. Mabuza, who teaches creative writing at the University of the Witwatersrand, said the prize mattered.",
]) {
  const g = extractDocument({ id: "t", text, origin: "t", format: "text" } as never);
  console.log(g.entities.map((e) => `${e.name}:${e.type}`).join(" | "));
}
