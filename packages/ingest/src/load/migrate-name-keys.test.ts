import { describe, expect, it } from "vitest";
import { legacyNameKey, rekeyedId, type StoredEntity } from "./migrate-name-keys.js";

const A = "0123456789abcdef0123456789abcdef";
const entity = (id: string, name: string, label: StoredEntity["label"] = "Person", aliases: string[] = []) => ({
  id,
  label,
  anonymous: id.startsWith("anon:"),
  name,
  aliases,
});

describe("legacyNameKey (the loader's key before one name key)", () => {
  it.each([
    ["U.S.", "u s"],
    ["O’Rourke", "o rourke"],
    ["AT&T", "at t"],
    ["The Washington Post's", "washington post"],
    ["  José  Núñez ", "jose nunez"],
  ])("%j → %j", (name, key) => expect(legacyNameKey(name)).toBe(key));
});

describe("rekeyedId", () => {
  it.each([
    [
      "an organization",
      entity("org:u s chamber of commerce", "U.S. Chamber of Commerce", "Organization"),
      "org:us chamber of commerce",
    ],
    ["a person, titles still dropped", entity("person:beto o rourke", "Sen. Beto O’Rourke"), "person:beto orourke"],
    [
      "a person re-keyed from an alias",
      entity("person:beto o rourke", "Robert Francis", "Person", ["Beto O’Rourke"]),
      "person:beto orourke",
    ],
    ["an article-scoped short form", entity(`person:o neill@${A}`, "O’Neill"), `person:oneill@${A}`],
    ["an unnamed source", entity(`anon:${A}:a u s official`, "a U.S. official"), `anon:${A}:a us official`],
    [
      "an id already current",
      entity("org:us chamber of commerce", "U.S. Chamber of Commerce", "Organization"),
      undefined,
    ],
    ["a name both keys agree on", entity("person:h r mcmaster", "H. R. McMaster"), undefined],
    ["an id no name of the node made", entity("person:someone else", "O’Neill Smith"), undefined],
    ["a person id on an organization", entity("person:at t", "AT&T", "Organization"), undefined],
  ] as const)("%s", (_, stored, expected) => expect(rekeyedId(stored)).toBe(expected));
});
