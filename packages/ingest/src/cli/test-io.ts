import { PassThrough, Readable } from "node:stream";

/** In-memory stdout/stderr (not a terminal) for running a command in a test. */
export function captureIO(stdinChunks?: string[]) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += String(chunk);
  });
  (stderr as unknown as PassThrough).on("data", (chunk) => {
    err += String(chunk);
  });
  return {
    io: { stdout, stderr, ...(stdinChunks ? { stdin: Readable.from(stdinChunks) } : {}) },
    out: () => out,
    err: () => err,
  };
}
