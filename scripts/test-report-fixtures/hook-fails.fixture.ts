import { beforeAll, describe, expect, it } from "vitest";

describe("a suite whose beforeAll throws", () => {
  beforeAll(() => {
    throw new Error("the database did not start");
  });
  it("is then reported as skipped", () => {
    expect(1).toBe(1);
  });
});
