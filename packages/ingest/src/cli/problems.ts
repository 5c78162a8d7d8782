/**
 * How commands report a problem with one input: "✗ <origin>: <error>" and, when there is one,
 * "  → <hint>" on the next line. The same shape everywhere, so users learn to read it once.
 */
export interface Problem {
  origin: string;
  error: string;
  hint?: string | undefined;
}

export function formatProblem(problem: Problem): string {
  return `✗ ${problem.origin}: ${problem.error}\n${problem.hint ? `  → ${problem.hint}\n` : ""}`;
}

/** The first `limit` problems, then "… and N more". */
export function formatProblems(problems: readonly Problem[], limit = 20): string {
  const shown = problems.slice(0, limit).map(formatProblem).join("");
  return problems.length > limit ? `${shown}… and ${problems.length - limit} more\n` : shown;
}
