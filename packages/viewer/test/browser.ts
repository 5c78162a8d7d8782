/** Headless Chromium for the end-to-end tests and the benchmark (Debian's chromium, or CHROMIUM_PATH). */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** `keepGpu` drops --disable-gpu (for WebGL measurements through SwiftShader). */
export async function launchBrowser(extraArgs: string[] = [], options: { keepGpu?: boolean } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      "Chromium is not installed: run `node scripts/setup.mjs --browser` (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      ...(options.keepGpu ? [] : ["--disable-gpu"]),
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}
