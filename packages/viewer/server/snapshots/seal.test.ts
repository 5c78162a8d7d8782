import { describe, expect, it } from "vitest";
import { newSnapshotToken, parseToken, seal, tokenText, unseal } from "./seal.js";

describe("sealed snapshots", () => {
  it("opens with its own key and with no other", () => {
    const a = newSnapshotToken();
    const b = newSnapshotToken();
    const sealed = seal('{"title":"September claims"}', a.key);
    expect(sealed).not.toContain("September");
    expect(unseal(sealed, a.key)).toBe('{"title":"September claims"}');
    expect(unseal(sealed, b.key)).toBeNull();
    expect(unseal(sealed, "")).toBeNull();
  });

  it("gives a different ciphertext each time (a fresh IV)", () => {
    const { key } = newSnapshotToken();
    expect(seal("same", key)).not.toBe(seal("same", key));
  });

  it("refuses a damaged or foreign sealed string", () => {
    const { key } = newSnapshotToken();
    const sealed = seal("document", key);
    const flipped = `${sealed.slice(0, -4)}${sealed.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(unseal(flipped, key)).toBeNull();
    expect(unseal("plain text", key)).toBeNull();
    expect(unseal("aes256gcm.AAAA", key)).toBeNull();
  });

  it.each([
    [
      "a sealed link",
      "AbCdEfGh_-123456abcdefghijklmnopqrstuv",
      { id: "AbCdEfGh_-123456", key: "abcdefghijklmnopqrstuv" },
    ],
    ["a link saved before sealing", "AbCdEfGh_-123456", { id: "AbCdEfGh_-123456", key: "" }],
    ["a short one", "AbCdEfGh_-12345", null],
    ["one of another length", "AbCdEfGh_-123456abc", null],
    ["one with a dot", "AbCdEfGh.-123456abcdefghijklmnopqrstuv", null],
  ])("parses %s", (_name, text, expected) => {
    expect(parseToken(text)).toEqual(expected);
  });

  it("round-trips a new token through its text", () => {
    const token = newSnapshotToken();
    expect(parseToken(tokenText(token))).toEqual(token);
  });
});
