import { packageProject } from "../vitest.shared.js";

// The CI scripts' own tests (scripts/*.test.ts).
export default packageProject("scripts", { include: ["*.test.ts"] });
