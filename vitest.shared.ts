import { defaultServerConditions } from "vite";
import { defineProject, type ViteUserConfig } from "vitest/config";

// "source": workspace packages resolve to their TypeScript sources (see each package.json
// "exports"), so tests never run against a stale dist/.
const conditions = ["source", ...defaultServerConditions];

export const sourceResolution: Pick<ViteUserConfig, "resolve" | "ssr"> = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
};

/** One Vitest project per package, with the timeouts a real database and browser need. */
export function packageProject(name: string, extra: NonNullable<ViteUserConfig["test"]> = {}) {
  return defineProject({
    ...sourceResolution,
    test: {
      name,
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      ...extra,
    },
  });
}
