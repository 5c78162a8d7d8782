import { packageProject } from "../../vitest.shared.js";

export default packageProject("viewer", {
  include: [
    "src/**/*.test.ts",
    "src/**/*.test.tsx",
    "server/**/*.test.ts",
    "shared/**/*.test.ts",
    "test/**/*.test.ts",
    "bench/**/*.test.ts",
  ],
});
