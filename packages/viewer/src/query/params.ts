/**
 * Neo4j Browser's parameter commands, typed in the Cypher editor: `:param name => value` sets
 * `$name` (value: a number, 'string' or "string", true/false/null, or a JSON list or map),
 * `:param name =>` with nothing after it removes it, `:params clear` removes all, `:params` lists
 * them. The values go to the server as the query's parameters, never into its text. Pure.
 */
export type Params = Record<string, unknown>;

export type ParamCommand =
  | { kind: "set"; name: string; value: unknown }
  | { kind: "unset"; name: string }
  | { kind: "clear" }
  | { kind: "list" };

export class ParamError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The value after `=>`, read as Cypher would write a literal. */
export function parseValue(raw: string): unknown {
  const text = raw.trim();
  if (/^'.*'$/s.test(text)) return text.slice(1, -1).replace(/\\'/g, "'");
  if (/^-?\d+$/.test(text)) return Number(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new ParamError(
      `":param" value ${text} is not a number, a quoted string, true/false/null or a JSON list or map; e.g. :param name => 'Carvin'.`,
    );
  }
}

/** The command in `text`, or null when the text is a query. */
export function parseParamCommand(text: string): ParamCommand | null {
  const line = text.trim();
  if (!line.startsWith(":param")) return null;
  if (/^:params\s*$/.test(line)) return { kind: "list" };
  if (/^:params\s+clear\s*$/.test(line)) return { kind: "clear" };
  const match = /^:param\s+(`[^`]+`|[^\s=]+)\s*=>\s*([\s\S]*)$/.exec(line);
  if (!match) throw new ParamError(`"${line}" is not a parameter command; write :param name => value, or :params.`);
  const name = (match[1] as string).replace(/^`|`$/g, "");
  if (!NAME.test(name)) throw new ParamError(`"${name}" is not a parameter name: use letters, digits and _.`);
  const rest = (match[2] as string).trim();
  return rest === "" ? { kind: "unset", name } : { kind: "set", name, value: parseValue(rest) };
}

export function applyParamCommand(params: Params, command: ParamCommand): Params {
  if (command.kind === "clear") return {};
  if (command.kind === "unset") {
    const { [command.name]: _gone, ...rest } = params;
    return rest;
  }
  if (command.kind === "set") return { ...params, [command.name]: command.value };
  return params;
}
