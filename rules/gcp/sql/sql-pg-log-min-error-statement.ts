// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

/** Levels at which statements causing errors are still logged. */
const ERROR_OR_MORE = new Set(['debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'info', 'notice', 'warning', 'error']);

const SPEC: FlagSpec = {
  id: "GCP-SQL-008",
  name: "sql-pg-log-min-error-statement",
  cis: "6.2.6",
  level: 1,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_min_error_statement",
  title: "Cloud SQL for PostgreSQL instances log statements that cause errors",
  severity: "low",
  defaultValue: "error",
  ok: (v) => ERROR_OR_MORE.has(v),
  wanted: "`error` or a more verbose level",
  fixValue: "error",
  description: "PostgreSQL instances keep `log_min_error_statement` at `error` or a more verbose level, so the SQL text of every statement that fails with an error is logged; `log`, `fatal` and `panic` drop them.",
  rationale: "The statement behind an error is what shows an injection attempt or a broken deployment: without it the log says that something failed but not what was run.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
