/**
 * Progress on stderr for long work. On a terminal: one line redrawn in place (a bar when the
 * total is known, a counter otherwise), at most ten times a second. Not on a terminal: a plain
 * line every few seconds, so logs stay readable. `quiet` turns it off.
 *
 *   const progress = createProgress({ label: "extract", total: 84 });
 *   progress.update(done, "12 claims");   // as work is done
 *   progress.end();                       // clears the line (TTY) before the summary is printed
 */
export interface Progress {
  update(done: number, detail?: string): void;
  end(): void;
}

export interface ProgressOptions {
  label: string;
  total?: number;
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** Plain-line interval when not on a terminal; 5 s by default. */
  plainEveryMs?: number;
}

const BAR_WIDTH = 24;

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function describeProgress(done: number, total: number | undefined, elapsedMs: number, detail?: string): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [total === undefined ? `${done}` : `${done}/${total}`, `${rate.toFixed(1)}/s`];
  if (total !== undefined && rate > 0 && done < total) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
  if (detail) parts.push(detail);
  return parts.join(" · ");
}

export function renderBar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : 0;
  return `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}]`;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { update() {}, end() {} };
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  const interval = tty ? 100 : (options.plainEveryMs ?? 5000);
  let last = started;
  let drawn = false;

  return {
    update(done, detail) {
      const now = Date.now();
      const finished = options.total !== undefined && done >= options.total;
      if (now - last < interval && !(finished && tty)) return;
      last = now;
      const text = describeProgress(done, options.total, now - started, detail);
      if (tty) {
        const bar = options.total === undefined ? "" : `${renderBar(done, options.total)} `;
        stream.write(`\r\x1b[K${options.label} ${bar}${text}`);
        drawn = true;
      } else stream.write(`${options.label}: ${text}\n`);
    },
    end() {
      if (tty && drawn) stream.write("\r\x1b[K");
    },
  };
}
