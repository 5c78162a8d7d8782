// A tiny Vitest run for scripts/test-report.test.ts: one file whose hook fails, one that does not
// load, one that passes (with a skipped test). Not part of the project's own test run.
export default { test: { include: ["*.fixture.ts"], fileParallelism: false } };
