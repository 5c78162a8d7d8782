/**
 * What Cypher from the browser may do, as closed lists: the procedures it may call and the plan
 * operators it may run. Both guards (guard.ts on the text, plan.ts on the planner's plan) read them.
 */

/** Procedures that only read the schema or the full-text index. Everything else (dbms.*, writes) is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties",
  "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships",
]);

/** SHOW commands that list the schema, functions or procedures; settings, transactions and users stay hidden. */
export const ALLOWED_SHOW_OPERATORS: ReadonlySet<string> = new Set([
  "ShowIndexes",
  "ShowConstraints",
  "ShowFunctions",
  "ShowProcedures",
]);

/**
 * Plan operators that write, lock, read outside the graph or administer, by family (so a variant
 * name such as `SetNodeProperties` or `LockingMerge` is caught too). `Show*` and `ProcedureCall`
 * are decided by the lists above.
 */
export const FORBIDDEN_OPERATOR =
  /Create|Merge|Delete|^Set|Set(Node|Relationship)?(Propert|Label)|Remove|Foreach|LoadCSV|Transaction|Terminate|Administration|Command|Lock|Insert|Drop|Alter|Grant|Revoke|Deny|Enable|Start|Stop/;
