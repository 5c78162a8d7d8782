import { describe, expect, it } from "vitest";
import { decodePage } from "./charset.js";

const latin1 = Buffer.from("<p>Café – déjà vu</p>".replace("–", "-"), "latin1");
const cp1252 = Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x3c, 0x2f, 0x70, 0x3e]);

describe("decodePage", () => {
  it("uses the HTTP charset, then <meta charset>, then UTF-8, then Windows-1252", () => {
    expect(decodePage(latin1, "text/html; charset=ISO-8859-1")).toEqual({
      text: "<p>Café - déjà vu</p>",
      charset: "windows-1252",
    });
    expect(decodePage(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), cp1252])).text).toContain("“Hi” €5");
    expect(
      decodePage(
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>é</p>', "latin1"),
      ).text,
    ).toContain("é");
    expect(decodePage(Buffer.from("<p>naïve “quotes”</p>"))).toEqual({
      text: "<p>naïve “quotes”</p>",
      charset: "utf-8",
    });
    expect(decodePage(cp1252).text).toBe("<p>“Hi” €5</p>");
  });

  it("ignores an unknown label and a BOM-less UTF-16 claim", () => {
    expect(decodePage(Buffer.from("<p>é</p>"), "text/html; charset=no-such-thing").text).toBe("<p>é</p>");
    expect(decodePage(Buffer.from('<meta charset="utf-16"><p>é</p>')).text).toContain("<p>é</p>");
  });
});
