import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, toCsv } from "./csv.js";
import type { ClaimRow } from "./rows.js";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['he said "no"', '"he said ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1 more", "'+1 more"],
    ["-1", "'-1"],
    ["@home", "'@home"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["", ""],
    ["“curly” quotes, kept", '"“curly” quotes, kept"'],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  const row: ClaimRow = {
    claimId: "c1",
    speakers: ["Ada Example", "Bo"],
    quote: 'The plan "will not survive", she said,\nagain',
    kind: "mixed",
    targets: ["Acme", "Bo"],
    articleTitle: "Allies, weighed",
    outlet: "Test Post",
    date: "2017-05-17",
    url: "https://example.org/a?x=1,2",
    articleId: "art1",
    start: 120,
    end: 151,
    statementId: "st:c0",
    statementReports: 7,
    statementArticles: 6,
    statementOutlets: 5,
    disputes: [],
    disputedBy: ["c8", "c9"],
  };

  it("writes a header and one CRLF line per row, quoting only where needed", () => {
    expect(toCsv([row])).toBe(
      `${CSV_COLUMNS.join(",")}\r\n` +
        'Ada Example; Bo,"The plan ""will not survive"", she said,\nagain",Acme; Bo,"Allies, weighed",Test Post,2017-05-17,"https://example.org/a?x=1,2",art1,120,151,mixed,c1,st:c0,7,6,5,,c8; c9\r\n',
    );
  });

  it("locates the quote: article id and offsets, empty when unknown", () => {
    expect(CSV_COLUMNS.slice(7, 10)).toEqual(["article_id", "start", "end"]);
    expect(
      toCsv([{ ...row, articleId: "", start: null, end: null }])
        .split("\r\n")[1]
        ?.includes(",,,,mixed,c1,"),
    ).toBe(true);
  });

  it("names the statement, its report counts and the disputes last, empty when unknown", () => {
    expect(CSV_COLUMNS.slice(12)).toEqual([
      "statement_id",
      "statement_reports",
      "statement_articles",
      "statement_outlets",
      "disputes",
      "disputed_by",
    ]);
    const unknown = {
      ...row,
      statementId: "",
      statementReports: null,
      statementArticles: null,
      statementOutlets: null,
    };
    expect(
      toCsv([{ ...unknown, disputedBy: [] }])
        .split("\r\n")[1]
        ?.endsWith(",mixed,c1,,,,,,"),
    ).toBe(true);
  });

  it("an empty selection is just the header", () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});
