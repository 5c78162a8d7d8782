import { describe, expect, it } from "vitest";
import { speakerKey } from "./speaker-key.js";

describe("speakerKey", () => {
  it.each([
    { id: null, key: "none" },
    { id: undefined, key: "none" },
    { id: "person:donald trump", key: "person:donald trump" },
    { id: "person:trump@0123abcd", key: "person:trump" },
    { id: "anon:0123abcd:senior european intelligence official", key: "anon:senior european intelligence official" },
    { id: "org:washington post", key: "org:washington post" },
  ])("$id → $key", ({ id, key }) => {
    expect(speakerKey(id)).toBe(key);
  });
});
