import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evalCommand } from "./eval-command.js";
import { GOLD_DIR, POLNEAR_DEV } from "./repo-paths.js";
import { captureIO } from "./test-io.js";

let dir = "";
const TEXT = "Intro line here.\n\n“Taxes will fall,” Jane Smith said.";
const GOLD = {
  document: "doc.txt",
  entities: [{ name: "Jane Smith", type: "Person", aliases: ["Smith"] }],
  affiliations: [],
  claims: [{ speaker: "Jane Smith", kind: "direct", text: "“Taxes will fall,”", start: 18, end: 36, about: [] }],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "claimgraph-eval-"));
  writeFileSync(join(dir, "doc.txt"), TEXT);
  writeFileSync(join(dir, "doc.gold.json"), JSON.stringify(GOLD));
  writeFileSync(join(dir, "perfect.jsonl"), `${JSON.stringify(GOLD)}\n`);
  writeFileSync(join(dir, "nothing.jsonl"), `${JSON.stringify({ document: "doc.txt", claims: [] })}\n`);
  writeFileSync(join(dir, "broken.jsonl"), "{oops\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pnpm eval --without", () => {
  it.each([
    [["--without", "entities"], /--without entities: not a learned layer \(one of cues, speakers\)/],
    [["--check", "--without", "cues"], /--check scores the shipped extraction: leave out --without/],
  ])("%j is a usage error", async (args, message) => {
    await expect(evalCommand(["-q", ...args], captureIO().io)).rejects.toThrow(message);
  });
});

describe("pnpm eval --pred", () => {
  it.each([
    { pred: "perfect.jsonl", claimRow: /^claim\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0$/m, code: 0 },
    { pred: "nothing.jsonl", claimRow: /^claim\s+0\.000\s+0\.000\s+0\.000\s+0\s+0\s+1$/m, code: 0 },
    { pred: "broken.jsonl", claimRow: /^claim\s+0\.000\s+0\.000\s+0\.000\s+0\s+0\s+1$/m, code: 1 },
  ])("$pred", async ({ pred, claimRow, code }) => {
    const run = captureIO();
    expect(await evalCommand(["-q", "--pred", join(dir, pred), join(dir, "doc.gold.json")], run.io)).toBe(code);
    expect(run.out()).toMatch(claimRow);
    if (code === 1) expect(run.err()).toContain("broken.jsonl:1: malformed JSON");
  });

  it("reads predictions from stdin with --pred -", async () => {
    const run = captureIO([`${JSON.stringify(GOLD)}\n`]);
    expect(await evalCommand(["-q", "--pred", "-", join(dir, "doc.gold.json")], run.io)).toBe(0);
    expect(run.out()).toMatch(/^claim\+speaker\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0$/m);
  });

  it("prints JSON with per-document counts", async () => {
    const run = captureIO();
    await evalCommand(["-q", "--json", "--pred", join(dir, "perfect.jsonl"), dir], run.io);
    const report = JSON.parse(run.out());
    expect(report.datasets[0].rows.person).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.datasets[0].perDocument[0].document).toBe("doc.txt");
  });
});

describe("pnpm eval --worst", () => {
  it("lists the documents with the lowest claim+speaker F1", async () => {
    const run = captureIO();
    await evalCommand(["-q", "--worst", "1", "--pred", join(dir, "nothing.jsonl"), dir], run.io);
    expect(run.out()).toMatch(
      /Lowest claim\+speaker F1:\n {2}0\.000 {2}tp 0 fp 0 fn 1 {2}claimgraph-eval-\w+: doc\.txt\n$/,
    );
  });
});

describe("pnpm eval --claim-errors", () => {
  it("lists each document's missed claims with their speakers", async () => {
    const run = captureIO();
    await evalCommand(["-q", "--claim-errors", "--pred", join(dir, "nothing.jsonl"), dir], run.io);
    expect(run.out()).toMatch(
      /Claim errors, claimgraph-eval-\w+:\n {2}doc\.txt\n {4}missed 18 "“Taxes will fall,”" by "Jane Smith"\n$/,
    );
  });

  it("says none when nothing is wrong", async () => {
    const run = captureIO();
    await evalCommand(["-q", "--claim-errors", "--pred", join(dir, "perfect.jsonl"), dir], run.io);
    expect(run.out()).toMatch(/Claim errors, claimgraph-eval-\w+:\n {2}none\n$/);
  });
});

describe("pnpm eval extracting on the fly", () => {
  it("extracts the document named by the gold from --texts and scores it", async () => {
    const run = captureIO();
    const code = await evalCommand(["-q", "--json", "--texts", dir, join(dir, "doc.gold.json")], run.io);
    const rows = JSON.parse(run.out()).datasets[0].rows;
    expect(code).toBe(0);
    expect(rows.claim.tp + rows.claim.fn).toBe(1);
    expect(rows.person.tp + rows.person.fn).toBe(1);
  });

  it("reports a gold whose text is missing and exits 1", async () => {
    const run = captureIO();
    const code = await evalCommand(["-q", "--texts", join(dir, "nowhere"), join(dir, "doc.gold.json")], run.io);
    expect(code).toBe(1);
    expect(run.err()).toContain("no such file or directory");
  });
});

describe.skipIf(!existsSync(GOLD_DIR) || !existsSync(POLNEAR_DEV))(
  "pnpm eval defaults (needs <repo>/../shared)",
  () => {
    it("scores the seed gold, newsdev to newsdev88, newstest, PolNeAR dev and GUM interview, with n/a entity rows for PolNeAR", async () => {
      const run = captureIO();
      const code = await evalCommand(["-q", "--json"], run.io);
      const { datasets } = JSON.parse(run.out());
      expect(code).toBe(0);
      expect(datasets.map((d: { name: string; documents: number }) => [d.name, d.documents])).toEqual([
        ["seed gold", 1],
        ["newsdev (authored Wikinews-style reports)", 16],
        ["newsdev2 (authored Wikinews-style reports, second set)", 12],
        ["newsdev3 (authored British, wire and international reports)", 12],
        ["newsdev4 (authored Wikinews kinds and regional press)", 12],
        ["newsdev5 (authored Wikinews pages and international wire news)", 12],
        ["newsdev6 (authored Asia-Pacific and Americas reports)", 12],
        ["newsdev7 (authored African, Middle Eastern and European reports)", 12],
        ["newsdev8 (authored Asian, American and Irish reports)", 12],
        ["newsdev9 (authored European, Asian, Pacific and American reports)", 12],
        ["newsdev10 (authored African, Middle Eastern, European and Caribbean reports)", 12],
        ["newsdev11 (authored American, South and Southeast Asian and Pacific reports)", 12],
        ["newsdev12 (authored South American, Caribbean, Central European and Balkan reports)", 12],
        [
          "newsdev13 (authored North African, Middle Eastern, African, East Asian, Nordic and North American reports)",
          12,
        ],
        ["newsdev14 (authored Western European, British, South Asian, Latin American and US reports)", 12],
        ["newsdev15 (authored Southeast Asian, Pacific, African and Gulf reports)", 12],
        ["newsdev16 (authored US political, Eastern European and Caucasus reports)", 12],
        ["newsdev17 (authored US state and local politics, culture, technology, sport and interviews)", 12],
        ["newsdev18 (authored US campaign reports and Wikinews interviews)", 12],
        ["newsdev19 (authored US general-election reports, interviews and profiles)", 12],
        ["newsdev20 (authored US political reports and Wikinews interviews)", 12],
        ["newsdev21 (authored US primary-season reports and Wikinews interviews)", 12],
        ["newsdev22 (authored US policy reports and Wikinews interviews)", 12],
        ["newsdev23 (authored US election-cycle reports and Wikinews interviews)", 12],
        ["newsdev24 (authored US government reports and Wikinews interviews)", 12],
        ["newsdev25 (authored US political reports and Wikinews interviews, 25th set)", 12],
        ["newsdev26 (authored US political reports and Wikinews interviews, 26th set)", 12],
        ["newsdev27 (authored US political reports and Wikinews interviews, 27th set)", 12],
        ["newsdev28 (authored US political reports and Wikinews interviews, 28th set)", 12],
        ["newsdev29 (authored US political reports and Wikinews interviews, 29th set)", 12],
        ["newsdev30 (authored US political reports and Wikinews interviews, 30th set)", 12],
        ["newsdev31 (authored US political reports and Wikinews interviews, 31st set)", 12],
        ["newsdev32 (authored US political reports and Wikinews interviews, 32nd set)", 12],
        ["newsdev33 (authored US political reports and Wikinews interviews, 33rd set)", 12],
        ["newsdev34 (authored US political reports and Wikinews interviews, 34th set)", 12],
        ["newsdev35 (authored US political reports and Wikinews interviews, 35th set)", 12],
        ["newsdev36 (authored US political reports and Wikinews interviews, 36th set)", 12],
        ["newsdev37 (authored US political reports and Wikinews interviews, 37th set)", 12],
        ["newsdev38 (authored US political reports and Wikinews interviews, 38th set)", 12],
        ["newsdev39 (authored US political reports and Wikinews interviews, 39th set)", 12],
        ["newsdev40 (authored US political reports and Wikinews interviews, 40th set)", 12],
        ["newsdev41 (authored US political reports and Wikinews interviews, 41st set)", 12],
        ["newsdev42 (authored US political reports and Wikinews interviews, 42nd set)", 12],
        ["newsdev43 (authored US political reports and Wikinews interviews, 43rd set)", 12],
        ["newsdev44 (authored US political reports and Wikinews interviews, 44th set)", 12],
        ["newsdev45 (authored US political reports and Wikinews interviews, 45th set)", 12],
        ["newsdev46 (authored US political reports and Wikinews interviews, 46th set)", 12],
        ["newsdev47 (authored US political reports and Wikinews interviews, 47th set)", 12],
        ["newsdev48 (authored US political reports and Wikinews interviews, 48th set)", 12],
        ["newsdev49 (authored US political reports and Wikinews interviews, 49th set)", 12],
        ["newsdev50 (authored US political reports and Wikinews interviews, 50th set)", 12],
        ["newsdev51 (authored US political reports and Wikinews news reports, 51st set)", 12],
        ["newsdev52 (authored US political reports and Wikinews news reports, 52nd set)", 12],
        ["newsdev53 (authored US political reports and Wikinews news reports, 53rd set)", 12],
        ["newsdev54 (authored US political reports and Wikinews news reports, 54th set)", 12],
        ["newsdev55 (authored US political reports and Wikinews news reports, 55th set)", 12],
        ["newsdev56 (authored US political reports and Wikinews news reports, 56th set)", 12],
        ["newsdev57 (authored US political reports and Wikinews news reports, 57th set)", 12],
        ["newsdev58 (authored US political reports and Wikinews news reports, 58th set)", 12],
        ["newsdev59 (authored US political reports and Wikinews news reports, 59th set)", 12],
        ["newsdev60 (authored US political reports and Wikinews news reports, 60th set)", 12],
        ["newsdev61 (authored US political reports and Wikinews news reports, 61st set)", 12],
        ["newsdev62 (authored US political reports and Wikinews news reports, 62nd set)", 12],
        ["newsdev63 (authored US political reports and Wikinews news reports, 63rd set)", 12],
        ["newsdev64 (authored US political reports and Wikinews news reports, 64th set)", 12],
        ["newsdev65 (authored US political reports and Wikinews news reports, 65th set)", 12],
        ["newsdev66 (authored US political reports and Wikinews news reports, 66th set)", 12],
        ["newsdev67 (authored US political reports and Wikinews news reports, 67th set)", 12],
        ["newsdev68 (authored US political reports and Wikinews news reports, 68th set)", 12],
        ["newsdev69 (authored US political reports and Wikinews news reports, 69th set)", 12],
        ["newsdev70 (authored US political reports and Wikinews news reports, 70th set)", 12],
        ["newsdev71 (authored US political reports and Wikinews news reports, 71st set)", 12],
        ["newsdev72 (authored US political reports and Wikinews news reports, 72nd set)", 12],
        ["newsdev73 (authored US political reports and Wikinews news reports, 73rd set)", 12],
        ["newsdev74 (authored US political reports and Wikinews news reports, 74th set)", 12],
        ["newsdev75 (authored US political reports and Wikinews news reports, 75th set)", 12],
        ["newsdev76 (authored US political reports and Wikinews news reports, 76th set)", 12],
        ["newsdev77 (authored US political reports and Wikinews news reports, 77th set)", 12],
        ["newsdev78 (authored US political reports and Wikinews news reports, 78th set)", 12],
        ["newsdev79 (authored US political reports and Wikinews news reports, 79th set)", 12],
        ["newsdev80 (authored US political reports and Wikinews news reports, 80th set)", 12],
        ["newsdev81 (authored US political reports and Wikinews news reports, 81st set)", 12],
        ["newsdev82 (authored US political reports and Wikinews news reports, 82nd set)", 12],
        ["newsdev83 (authored US political reports and Wikinews news reports, 83rd set)", 12],
        ["newsdev84 (authored US political reports and Wikinews news reports, 84th set)", 12],
        ["newsdev85 (authored US political reports and Wikinews news reports, 85th set)", 12],
        ["newsdev86 (authored US political reports and Wikinews news reports, 86th set)", 12],
        ["newsdev87 (authored US political reports and Wikinews news reports, 87th set)", 12],
        ["newsdev88 (authored US political reports and Wikinews news reports, 88th set)", 12],
        ["newstest (held-out Wikinews-style reports)", 12],
        ["PolNeAR dev", 84],
        ["GUM interview", 19],
      ]);
      // the authored sets' claims (seed gold first, then newsdev … newsdev88 and newstest in report order)
      const authoredClaims = [
        142, 131, 145, 147, 151, 150, 172, 175, 174, 169, 172, 172, 171, 168, 169, 170, 166, 168, 165, 162, 171, 171,
        166, 168, 164, 160, 167, 168, 167, 175, 170, 171, 170, 165, 156, 155, 157, 173, 166, 142, 154, 166, 176, 164,
        168, 156, 165, 148, 151, 140, 161, 179, 179, 163, 176, 165, 165, 176, 177, 180, 159, 173, 168, 180, 167, 173,
        181, 160, 175, 166, 180, 178, 181, 183, 187, 178, 180, 173, 178, 172, 164, 174, 173, 180, 177, 174, 189, 187,
        159,
      ];
      for (const [k, total] of authoredClaims.entries()) {
        const set = datasets[k + 1];
        expect(set.rows.claim.tp + set.rows.claim.fn, set.name).toBe(total);
      }
      expect(datasets[90].rows.person).toBeNull();
      expect(datasets[91].entitiesOnly).toBe(true);
      expect(datasets[91].rows.person.tp + datasets[91].rows.person.fn).toBe(104);
      expect(datasets[90].rows.claim.tp + datasets[90].rows.claim.fn).toBe(2192);
      // each gold is extracted in its own claim unit
      expect(datasets.map((d: { units: string[] }) => d.units)).toEqual([
        ...Array.from({ length: 1 + authoredClaims.length }, () => ["quotation"]),
        ["attribution"],
        ["quotation"],
      ]);
    });

    it("leaves a learned layer out with --without: without the cue detector, fewer PolNeAR claims", async () => {
      const shipped = captureIO();
      await evalCommand(["-q", "--json", POLNEAR_DEV], shipped.io);
      const rules = captureIO();
      await evalCommand(["-q", "--json", "--without", "cues", "--without", "speakers", POLNEAR_DEV], rules.io);
      const a = JSON.parse(shipped.out()).datasets[0].rows.claim;
      const b = JSON.parse(rules.out()).datasets[0].rows.claim;
      expect(b.tp + b.fp).toBeLessThan(a.tp + a.fp);
    });

    it("extracts PolNeAR in the unit asked for with --unit, and the units differ", async () => {
      const quotation = captureIO();
      await evalCommand(["-q", "--json", "--unit", "quotation", POLNEAR_DEV], quotation.io);
      const attribution = captureIO();
      // the rules' claims only: the cue detector adds claims in the attribution unit
      await evalCommand(["-q", "--json", "--without", "cues", POLNEAR_DEV], attribution.io);
      const q = JSON.parse(quotation.out()).datasets[0];
      const a = JSON.parse(attribution.out()).datasets[0];
      expect(q.units).toEqual(["quotation"]);
      // the units extract differently (the attribution unit joins a quote run into one claim, and keeps the
      // headline's claims and requests, which the quotation unit drops): were --unit ignored, both would match
      expect(a.rows.claim.tp + a.rows.claim.fp).not.toBe(q.rows.claim.tp + q.rows.claim.fp);
      expect(a.rows.claim.tp).not.toBe(q.rows.claim.tp);
    });
  },
);
