import { describe, expect, it } from "vitest";
import {
  checkFloors,
  formatFloorChecks,
  NEWSDEV,
  NEWSDEV2,
  NEWSDEV3,
  NEWSDEV4,
  NEWSDEV5,
  NEWSDEV6,
  NEWSDEV7,
  NEWSDEV8,
  NEWSDEV9,
  NEWSDEV10,
  NEWSDEV11,
  NEWSDEV12,
  NEWSDEV13,
  NEWSDEV14,
  NEWSDEV15,
  NEWSDEV16,
  NEWSDEV17,
  NEWSDEV18,
  NEWSDEV19,
  NEWSDEV20,
  NEWSDEV21,
  NEWSDEV22,
  NEWSDEV23,
  NEWSDEV24,
  NEWSDEV25,
  NEWSDEV26,
  NEWSDEV27,
  NEWSDEV28,
  NEWSDEV29,
  NEWSDEV30,
  NEWSDEV31,
  NEWSDEV32,
  NEWSDEV33,
  NEWSDEV34,
  NEWSDEV35,
  NEWSDEV36,
  NEWSDEV37,
  NEWSDEV38,
  NEWSDEV39,
  NEWSDEV40,
  NEWSDEV41,
  NEWSDEV42,
  NEWSDEV43,
  NEWSDEV44,
  NEWSDEV45,
  NEWSDEV46,
  NEWSDEV47,
  NEWSDEV48,
  NEWSDEV49,
  NEWSDEV50,
  NEWSDEV51,
  NEWSDEV52,
  NEWSDEV53,
  NEWSDEV54,
  NEWSDEV55,
  NEWSDEV56,
  NEWSDEV57,
  NEWSDEV58,
  NEWSDEV59,
  NEWSDEV60,
  NEWSDEV61,
  NEWSDEV62,
  NEWSDEV63,
  NEWSDEV64,
  NEWSDEV65,
  NEWSDEV66,
  NEWSDEV67,
  NEWSDEV68,
  NEWSDEV69,
  NEWSDEV70,
  NEWSDEV71,
  NEWSDEV72,
  NEWSDEV73,
  NEWSDEV74,
  NEWSDEV75,
  NEWSDEV76,
  NEWSDEV77,
  NEWSDEV78,
  NEWSDEV79,
  NEWSDEV80,
  NEWSDEV81,
  NEWSDEV82,
  NEWSDEV83,
  NEWSDEV84,
  NEWSDEV85,
  NEWSDEV86,
  NEWSDEV87,
  NEWSDEV88,
  NEWSTEST,
  QUALITY_FLOORS,
} from "./floors.js";
import type { DatasetRows } from "./score-dataset.js";

const metric = (f1: number) => ({ precision: f1, recall: f1, f1, tp: 1, fp: 0, fn: 0 });
const rows = (values: Partial<Record<keyof DatasetRows, number>>): DatasetRows =>
  ({
    person: null,
    org: null,
    claim: null,
    "claim+speaker": null,
    about: null,
    affiliation: null,
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, metric(v as number)])),
  }) as DatasetRows;

const FLOORS = { demo: { claim: 0.95, about: 0.77 } };

describe("checkFloors", () => {
  it.each([
    { case: "at the floors", claim: 0.95, about: 0.77, failed: [] },
    { case: "F1 a float's hair under 0.95", claim: 0.95 - 1e-12, about: 0.8, failed: [] },
    { case: "claim below", claim: 0.94, about: 0.8, failed: ["claim"] },
    { case: "both below", claim: 0.5, about: 0.5, failed: ["claim", "about"] },
  ])("$case → failed $failed", ({ claim, about, failed }) => {
    const checks = checkFloors([{ name: "demo", rows: rows({ claim, about }) }], FLOORS);
    expect(checks.filter((c) => !c.ok).map((c) => c.row)).toEqual(failed);
  });

  it("fails a floor whose row the gold does not have, and ignores datasets without floors", () => {
    const checks = checkFloors(
      [
        { name: "demo", rows: rows({ claim: 1 }) },
        { name: "other", rows: rows({ claim: 0 }) },
      ],
      FLOORS,
    );
    expect(checks.map((c) => [c.dataset, c.row, c.ok])).toEqual([
      ["demo", "claim", true],
      ["demo", "about", false],
    ]);
  });

  it("has floors for the seed gold, PolNeAR dev, newsdev, newsdev2, newsdev3 and newstest at the measured figures", () => {
    expect(QUALITY_FLOORS["seed gold"]).toEqual({
      person: 1,
      org: 1,
      claim: 0.97,
      "claim+speaker": 0.97,
      about: 0.86,
      affiliation: 1,
    });
    expect(QUALITY_FLOORS["PolNeAR dev"]).toEqual({ claim: 0.82, "claim+speaker": 0.72 });
    expect(QUALITY_FLOORS["GUM interview"]).toEqual({ person: 0.9, org: 0.68 });
    expect(QUALITY_FLOORS[NEWSTEST]).toEqual({
      person: 0.95,
      org: 0.86,
      claim: 0.93,
      "claim+speaker": 0.9,
      about: 0.75,
      affiliation: 0.8,
    });
    expect(QUALITY_FLOORS[NEWSDEV2]).toEqual({
      person: 0.95,
      org: 0.95,
      claim: 0.95,
      "claim+speaker": 0.93,
      about: 0.88,
      affiliation: 0.87,
    });
    expect(QUALITY_FLOORS[NEWSDEV4]).toEqual({
      person: 0.9,
      org: 0.87,
      claim: 0.93,
      "claim+speaker": 0.89,
      about: 0.72,
      affiliation: 0.59,
    });
    expect(QUALITY_FLOORS[NEWSDEV5]).toEqual({
      person: 0.91,
      org: 0.83,
      claim: 0.95,
      "claim+speaker": 0.92,
      about: 0.74,
      affiliation: 0.69,
    });
    expect(QUALITY_FLOORS[NEWSDEV6]).toEqual({
      person: 0.95,
      org: 0.9,
      claim: 0.94,
      "claim+speaker": 0.94,
      about: 0.76,
      affiliation: 0.78,
    });
    expect(QUALITY_FLOORS[NEWSDEV7]).toEqual({
      person: 0.93,
      org: 0.9,
      claim: 0.96,
      "claim+speaker": 0.95,
      about: 0.79,
      affiliation: 0.66,
    });
    expect(QUALITY_FLOORS[NEWSDEV8]).toEqual({
      person: 0.96,
      org: 0.92,
      claim: 0.95,
      "claim+speaker": 0.91,
      about: 0.8,
      affiliation: 0.82,
    });
    expect(QUALITY_FLOORS[NEWSDEV9]).toEqual({
      person: 0.96,
      org: 0.86,
      claim: 0.96,
      "claim+speaker": 0.93,
      about: 0.69,
      affiliation: 0.7,
    });
    expect(QUALITY_FLOORS[NEWSDEV10]).toEqual({
      person: 0.94,
      org: 0.89,
      claim: 0.95,
      "claim+speaker": 0.92,
      about: 0.72,
      affiliation: 0.74,
    });
    expect(QUALITY_FLOORS[NEWSDEV11]).toEqual({
      person: 0.93,
      org: 0.87,
      claim: 0.93,
      "claim+speaker": 0.86,
      about: 0.67,
      affiliation: 0.66,
    });
    expect(QUALITY_FLOORS[NEWSDEV12]).toEqual({
      person: 0.91,
      org: 0.86,
      claim: 0.94,
      "claim+speaker": 0.89,
      about: 0.74,
      affiliation: 0.71,
    });
    expect(QUALITY_FLOORS[NEWSDEV13]).toEqual({
      person: 0.89,
      org: 0.89,
      claim: 0.96,
      "claim+speaker": 0.9,
      about: 0.73,
      affiliation: 0.66,
    });
    expect(QUALITY_FLOORS[NEWSDEV14]).toEqual({
      person: 0.9,
      org: 0.86,
      claim: 0.95,
      "claim+speaker": 0.89,
      about: 0.71,
      affiliation: 0.68,
    });
    expect(QUALITY_FLOORS[NEWSDEV15]).toEqual({
      person: 0.83,
      org: 0.87,
      claim: 0.95,
      "claim+speaker": 0.87,
      about: 0.64,
      affiliation: 0.52,
    });
    expect(QUALITY_FLOORS[NEWSDEV16]).toEqual({
      person: 0.97,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.72,
      affiliation: 0.71,
    });
    expect(QUALITY_FLOORS[NEWSDEV17]).toEqual({
      person: 0.94,
      org: 0.83,
      claim: 0.95,
      "claim+speaker": 0.9,
      about: 0.67,
      affiliation: 0.59,
    });
    expect(QUALITY_FLOORS[NEWSDEV18]).toEqual({
      person: 0.91,
      org: 0.81,
      claim: 0.96,
      "claim+speaker": 0.94,
      about: 0.69,
      affiliation: 0.59,
    });
    expect(QUALITY_FLOORS[NEWSDEV19]).toEqual({
      person: 0.88,
      org: 0.86,
      claim: 0.95,
      "claim+speaker": 0.88,
      about: 0.79,
      affiliation: 0.59,
    });
    expect(QUALITY_FLOORS[NEWSDEV20]).toEqual({
      person: 0.9,
      org: 0.89,
      claim: 0.96,
      "claim+speaker": 0.95,
      about: 0.68,
      affiliation: 0.61,
    });
    expect(QUALITY_FLOORS[NEWSDEV21]).toEqual({
      person: 0.9,
      org: 0.83,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.76,
      affiliation: 0.56,
    });
    expect(QUALITY_FLOORS[NEWSDEV22]).toEqual({
      person: 0.95,
      org: 0.93,
      claim: 0.95,
      "claim+speaker": 0.92,
      about: 0.7,
      affiliation: 0.66,
    });
    expect(QUALITY_FLOORS[NEWSDEV23]).toEqual({
      person: 0.89,
      org: 0.84,
      claim: 0.97,
      "claim+speaker": 0.91,
      about: 0.7,
      affiliation: 0.6,
    });
    expect(QUALITY_FLOORS[NEWSDEV24]).toEqual({
      person: 0.87,
      org: 0.86,
      claim: 0.96,
      "claim+speaker": 0.91,
      about: 0.68,
      affiliation: 0.71,
    });
    expect(QUALITY_FLOORS[NEWSDEV25]).toEqual({
      person: 0.97,
      org: 0.88,
      claim: 0.97,
      "claim+speaker": 0.96,
      about: 0.73,
      affiliation: 0.65,
    });
    expect(QUALITY_FLOORS[NEWSDEV26]).toEqual({
      person: 0.97,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.96,
      about: 0.75,
      affiliation: 0.69,
    });
    expect(QUALITY_FLOORS[NEWSDEV27]).toEqual({
      person: 0.96,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.96,
      about: 0.73,
      affiliation: 0.72,
    });
    expect(QUALITY_FLOORS[NEWSDEV28]).toEqual({
      person: 0.92,
      org: 0.83,
      claim: 0.96,
      "claim+speaker": 0.91,
      about: 0.7,
      affiliation: 0.54,
    });
    expect(QUALITY_FLOORS[NEWSDEV29]).toEqual({
      person: 0.94,
      org: 0.86,
      claim: 0.96,
      "claim+speaker": 0.92,
      about: 0.74,
      affiliation: 0.64,
    });
    expect(QUALITY_FLOORS[NEWSDEV30]).toEqual({
      person: 0.91,
      org: 0.88,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.69,
      affiliation: 0.6,
    });
    expect(QUALITY_FLOORS[NEWSDEV31]).toEqual({
      person: 0.96,
      org: 0.93,
      claim: 0.95,
      "claim+speaker": 0.93,
      about: 0.76,
      affiliation: 0.73,
    });
    expect(QUALITY_FLOORS[NEWSDEV32]).toEqual({
      person: 0.96,
      org: 0.89,
      claim: 0.95,
      "claim+speaker": 0.93,
      about: 0.71,
      affiliation: 0.7,
    });
    expect(QUALITY_FLOORS[NEWSDEV33]).toEqual({
      person: 0.92,
      org: 0.84,
      claim: 0.93,
      "claim+speaker": 0.88,
      about: 0.67,
      affiliation: 0.62,
    });
    expect(QUALITY_FLOORS[NEWSDEV34]).toEqual({
      person: 0.92,
      org: 0.89,
      claim: 0.95,
      "claim+speaker": 0.9,
      about: 0.74,
      affiliation: 0.74,
    });
    expect(QUALITY_FLOORS[NEWSDEV35]).toEqual({
      person: 0.93,
      org: 0.91,
      claim: 0.95,
      "claim+speaker": 0.94,
      about: 0.75,
      affiliation: 0.67,
    });
    expect(QUALITY_FLOORS[NEWSDEV36]).toEqual({
      person: 0.93,
      org: 0.85,
      claim: 0.96,
      "claim+speaker": 0.93,
      about: 0.76,
      affiliation: 0.81,
    });
    expect(QUALITY_FLOORS[NEWSDEV37]).toEqual({
      person: 0.95,
      org: 0.92,
      claim: 0.96,
      "claim+speaker": 0.95,
      about: 0.73,
      affiliation: 0.92,
    });
    expect(QUALITY_FLOORS[NEWSDEV38]).toEqual({
      person: 0.92,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.96,
      about: 0.77,
      affiliation: 0.88,
    });
    expect(QUALITY_FLOORS[NEWSDEV39]).toEqual({
      person: 0.91,
      org: 0.89,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.72,
      affiliation: 0.84,
    });
    expect(QUALITY_FLOORS[NEWSDEV40]).toEqual({
      person: 0.94,
      org: 0.88,
      claim: 0.96,
      "claim+speaker": 0.92,
      about: 0.69,
      affiliation: 0.81,
    });
    expect(QUALITY_FLOORS[NEWSDEV41]).toEqual({
      person: 0.92,
      org: 0.91,
      claim: 0.95,
      "claim+speaker": 0.95,
      about: 0.77,
      affiliation: 0.85,
    });
    expect(QUALITY_FLOORS[NEWSDEV42]).toEqual({
      person: 0.93,
      org: 0.89,
      claim: 0.95,
      "claim+speaker": 0.91,
      about: 0.78,
      affiliation: 0.75,
    });
    expect(QUALITY_FLOORS[NEWSDEV43]).toEqual({
      person: 0.87,
      org: 0.89,
      claim: 0.96,
      "claim+speaker": 0.95,
      about: 0.75,
      affiliation: 0.83,
    });
    expect(QUALITY_FLOORS[NEWSDEV44]).toEqual({
      person: 0.93,
      org: 0.91,
      claim: 0.95,
      "claim+speaker": 0.91,
      about: 0.81,
      affiliation: 0.84,
    });
    expect(QUALITY_FLOORS[NEWSDEV45]).toEqual({
      person: 0.93,
      org: 0.91,
      claim: 0.96,
      "claim+speaker": 0.94,
      about: 0.78,
      affiliation: 0.79,
    });
    expect(QUALITY_FLOORS[NEWSDEV46]).toEqual({
      person: 0.88,
      org: 0.9,
      claim: 0.94,
      "claim+speaker": 0.9,
      about: 0.75,
      affiliation: 0.77,
    });
    expect(QUALITY_FLOORS[NEWSDEV47]).toEqual({
      person: 0.93,
      org: 0.92,
      claim: 0.96,
      "claim+speaker": 0.93,
      about: 0.87,
      affiliation: 0.78,
    });
    expect(QUALITY_FLOORS[NEWSDEV48]).toEqual({
      person: 0.95,
      org: 0.92,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.76,
      affiliation: 0.81,
    });
    expect(QUALITY_FLOORS[NEWSDEV49]).toEqual({
      person: 0.85,
      org: 0.92,
      claim: 0.96,
      "claim+speaker": 0.94,
      about: 0.74,
      affiliation: 0.75,
    });
    expect(QUALITY_FLOORS[NEWSDEV50]).toEqual({
      person: 0.95,
      org: 0.96,
      claim: 0.97,
      "claim+speaker": 0.97,
      about: 0.79,
      affiliation: 0.77,
    });
    expect(QUALITY_FLOORS[NEWSDEV51]).toEqual({
      person: 0.95,
      org: 0.94,
      claim: 0.98,
      "claim+speaker": 0.95,
      about: 0.74,
      affiliation: 0.75,
    });
    expect(QUALITY_FLOORS[NEWSDEV52]).toEqual({
      person: 0.93,
      org: 0.9,
      claim: 0.96,
      "claim+speaker": 0.9,
      about: 0.75,
      affiliation: 0.68,
    });
    expect(QUALITY_FLOORS[NEWSDEV53]).toEqual({
      person: 0.95,
      org: 0.9,
      claim: 0.96,
      "claim+speaker": 0.92,
      about: 0.79,
      affiliation: 0.74,
    });
    expect(QUALITY_FLOORS[NEWSDEV54]).toEqual({
      person: 0.94,
      org: 0.92,
      claim: 0.95,
      "claim+speaker": 0.88,
      about: 0.76,
      affiliation: 0.75,
    });
    expect(QUALITY_FLOORS[NEWSDEV55]).toEqual({
      person: 0.94,
      org: 0.92,
      claim: 0.96,
      "claim+speaker": 0.92,
      about: 0.72,
      affiliation: 0.76,
    });
    expect(QUALITY_FLOORS[NEWSDEV56]).toEqual({
      person: 0.94,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.79,
      affiliation: 0.85,
    });
    expect(QUALITY_FLOORS[NEWSDEV57]).toEqual({
      person: 0.95,
      org: 0.93,
      claim: 0.98,
      "claim+speaker": 0.96,
      about: 0.76,
      affiliation: 0.83,
    });
    expect(QUALITY_FLOORS[NEWSDEV58]).toEqual({
      person: 0.93,
      org: 0.91,
      claim: 0.98,
      "claim+speaker": 0.96,
      about: 0.79,
      affiliation: 0.67,
    });
    expect(QUALITY_FLOORS[NEWSDEV59]).toEqual({
      person: 0.9,
      org: 0.85,
      claim: 0.97,
      "claim+speaker": 0.87,
      about: 0.76,
      affiliation: 0.81,
    });
    expect(QUALITY_FLOORS[NEWSDEV60]).toEqual({
      person: 0.91,
      org: 0.93,
      claim: 0.98,
      "claim+speaker": 0.98,
      about: 0.8,
      affiliation: 0.83,
    });
    expect(QUALITY_FLOORS[NEWSDEV88]).toEqual({
      person: 0.95,
      org: 0.91,
      claim: 0.96,
      "claim+speaker": 0.92,
      about: 0.75,
      affiliation: 0.74,
    });
    expect(QUALITY_FLOORS[NEWSDEV87]).toEqual({
      person: 0.97,
      org: 0.95,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.82,
      affiliation: 0.88,
    });
    expect(QUALITY_FLOORS[NEWSDEV86]).toEqual({
      person: 0.95,
      org: 0.94,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.82,
      affiliation: 0.8,
    });
    expect(QUALITY_FLOORS[NEWSDEV85]).toEqual({
      person: 0.93,
      org: 0.93,
      claim: 0.96,
      "claim+speaker": 0.9,
      about: 0.78,
      affiliation: 0.82,
    });
    expect(QUALITY_FLOORS[NEWSDEV84]).toEqual({
      person: 0.95,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.8,
      affiliation: 0.79,
    });
    expect(QUALITY_FLOORS[NEWSDEV83]).toEqual({
      person: 0.95,
      org: 0.93,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.78,
      affiliation: 0.87,
    });
    expect(QUALITY_FLOORS[NEWSDEV82]).toEqual({
      person: 0.95,
      org: 0.9,
      claim: 0.97,
      "claim+speaker": 0.93,
      about: 0.74,
      affiliation: 0.74,
    });
    expect(QUALITY_FLOORS[NEWSDEV81]).toEqual({
      person: 0.96,
      org: 0.92,
      claim: 0.97,
      "claim+speaker": 0.96,
      about: 0.79,
      affiliation: 0.88,
    });
    expect(QUALITY_FLOORS[NEWSDEV80]).toEqual({
      person: 0.96,
      org: 0.91,
      claim: 0.97,
      "claim+speaker": 0.93,
      about: 0.79,
      affiliation: 0.88,
    });
    expect(QUALITY_FLOORS[NEWSDEV79]).toEqual({
      person: 0.95,
      org: 0.92,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.77,
      affiliation: 0.87,
    });
    expect(QUALITY_FLOORS[NEWSDEV78]).toEqual({
      person: 0.95,
      org: 0.91,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.77,
      affiliation: 0.86,
    });
    expect(QUALITY_FLOORS[NEWSDEV77]).toEqual({
      person: 0.96,
      org: 0.94,
      claim: 0.98,
      "claim+speaker": 0.97,
      about: 0.77,
      affiliation: 0.83,
    });
    expect(QUALITY_FLOORS[NEWSDEV76]).toEqual({
      person: 0.95,
      org: 0.95,
      claim: 0.98,
      "claim+speaker": 0.98,
      about: 0.82,
      affiliation: 0.82,
    });
    expect(QUALITY_FLOORS[NEWSDEV75]).toEqual({
      person: 0.97,
      org: 0.95,
      claim: 0.97,
      "claim+speaker": 0.94,
      about: 0.74,
      affiliation: 0.83,
    });
    expect(QUALITY_FLOORS[NEWSDEV74]).toEqual({
      person: 0.94,
      org: 0.94,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.76,
      affiliation: 0.85,
    });
    expect(QUALITY_FLOORS[NEWSDEV73]).toEqual({
      person: 0.95,
      org: 0.94,
      claim: 0.97,
      "claim+speaker": 0.95,
      about: 0.79,
      affiliation: 0.81,
    });
    expect(QUALITY_FLOORS[NEWSDEV72]).toEqual({
      person: 0.94,
      org: 0.94,
      claim: 0.98,
      "claim+speaker": 0.95,
      about: 0.78,
      affiliation: 0.78,
    });
    expect(QUALITY_FLOORS[NEWSDEV71]).toEqual({
      person: 0.97,
      org: 0.96,
      claim: 0.98,
      "claim+speaker": 0.97,
      about: 0.79,
      affiliation: 0.89,
    });
    expect(QUALITY_FLOORS[NEWSDEV70]).toEqual({
      person: 0.94,
      org: 0.92,
      claim: 0.98,
      "claim+speaker": 0.96,
      about: 0.75,
      affiliation: 0.8,
    });
    expect(QUALITY_FLOORS[NEWSDEV69]).toEqual({
      person: 0.96,
      org: 0.93,
      claim: 0.98,
      "claim+speaker": 0.94,
      about: 0.8,
      affiliation: 0.76,
    });
    expect(QUALITY_FLOORS[NEWSDEV68]).toEqual({
      person: 0.89,
      org: 0.89,
      claim: 0.97,
      "claim+speaker": 0.93,
      about: 0.73,
      affiliation: 0.78,
    });
    expect(QUALITY_FLOORS[NEWSDEV67]).toEqual({
      person: 0.94,
      org: 0.9,
      claim: 0.98,
      "claim+speaker": 0.92,
      about: 0.79,
      affiliation: 0.72,
    });
    expect(QUALITY_FLOORS[NEWSDEV66]).toEqual({
      person: 0.92,
      org: 0.91,
      claim: 0.98,
      "claim+speaker": 0.97,
      about: 0.81,
      affiliation: 0.8,
    });
    expect(QUALITY_FLOORS[NEWSDEV65]).toEqual({
      person: 0.96,
      org: 0.93,
      claim: 0.98,
      "claim+speaker": 0.96,
      about: 0.8,
      affiliation: 0.8,
    });
    expect(QUALITY_FLOORS[NEWSDEV64]).toEqual({
      person: 0.96,
      org: 0.94,
      claim: 0.98,
      "claim+speaker": 0.98,
      about: 0.84,
      affiliation: 0.86,
    });
    expect(QUALITY_FLOORS[NEWSDEV63]).toEqual({
      person: 0.9,
      org: 0.92,
      claim: 0.98,
      "claim+speaker": 0.94,
      about: 0.84,
      affiliation: 0.82,
    });
    expect(QUALITY_FLOORS[NEWSDEV62]).toEqual({
      person: 0.94,
      org: 0.93,
      claim: 0.98,
      "claim+speaker": 0.96,
      about: 0.79,
      affiliation: 0.76,
    });
    expect(QUALITY_FLOORS[NEWSDEV61]).toEqual({
      person: 0.95,
      org: 0.94,
      claim: 0.98,
      "claim+speaker": 0.95,
      about: 0.78,
      affiliation: 0.79,
    });
    expect(QUALITY_FLOORS[NEWSDEV3]).toEqual({
      person: 0.97,
      org: 0.88,
      claim: 0.95,
      "claim+speaker": 0.91,
      about: 0.79,
      affiliation: 0.79,
    });
    expect(QUALITY_FLOORS[NEWSDEV]).toEqual({
      person: 0.97,
      org: 0.91,
      claim: 0.96,
      "claim+speaker": 0.96,
      about: 0.89,
      affiliation: 0.9,
    });
  });
});

describe("formatFloorChecks", () => {
  it("names each floor not met, and what was not checked", () => {
    const checks = checkFloors([{ name: "demo", rows: rows({ claim: 0.9, about: 0.8 }) }], FLOORS);
    expect(formatFloorChecks(checks, ["PolNeAR dev (absent)"])).toBe(
      "Quality gate FAILED: 1 of 2 floors not met\n" +
        "  demo claim: F1 0.900 is below its floor 0.950\n" +
        "  not checked: PolNeAR dev (absent)\n",
    );
  });

  it("says how many floors held", () => {
    const checks = checkFloors([{ name: "demo", rows: rows({ claim: 1, about: 1 }) }], FLOORS);
    expect(formatFloorChecks(checks)).toBe("Quality gate passed: 2 floors met (demo)\n");
  });
});
