import { packageProject } from "../../vitest.shared.js";

export default packageProject("neo4j-local");
