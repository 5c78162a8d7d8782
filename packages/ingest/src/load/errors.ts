/**
 * A failure the user can act on: what went wrong (naming the input or the database) and what to
 * do about it. The CLI prints `message` and `hint`, never a stack trace.
 */
export class IngestError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IngestError";
    this.hint = hint;
  }
}
