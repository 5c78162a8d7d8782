import { describe, expect, it } from "vitest";
import { applyParamCommand, ParamError, parseParamCommand } from "./params.js";

describe(":param commands", () => {
  it.each([
    [":param name => 'Stephanie Carvin'", { kind: "set", name: "name", value: "Stephanie Carvin" }],
    [':param name => "Carvin"', { kind: "set", name: "name", value: "Carvin" }],
    [":param limit => 5", { kind: "set", name: "limit", value: 5 }],
    [":param ids => [1, 2]", { kind: "set", name: "ids", value: [1, 2] }],
    [':param m => {"a": true}', { kind: "set", name: "m", value: { a: true } }],
    [":param flag=>null", { kind: "set", name: "flag", value: null }],
    [":param name =>", { kind: "unset", name: "name" }],
    [":params clear", { kind: "clear" }],
    [":params", { kind: "list" }],
  ])("reads %s", (text, command) => {
    expect(parseParamCommand(text)).toEqual(command);
  });

  it("leaves a query alone", () => {
    expect(parseParamCommand("MATCH (n) RETURN n")).toBeNull();
  });

  it.each([":param name = 'x'", ":param 1x => 3", ":param name => Carvin"])("refuses %s with what to write", (text) => {
    expect(() => parseParamCommand(text)).toThrow(ParamError);
  });

  it("sets, removes and clears", () => {
    const one = applyParamCommand({}, { kind: "set", name: "a", value: 1 });
    expect(one).toEqual({ a: 1 });
    expect(applyParamCommand(one, { kind: "unset", name: "a" })).toEqual({});
    expect(applyParamCommand({ a: 1, b: 2 }, { kind: "clear" })).toEqual({});
  });
});
