// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-003",
  name: "sql-pg-log-error-verbosity",
  cis: "6.2.1",
  level: 2,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_error_verbosity",
  title: "Cloud SQL for PostgreSQL instances log errors at DEFAULT verbosity or tighter",
  severity: "low",
  defaultValue: "default",
  ok: (v) => v === 'default' || v === 'terse',
  wanted: "`default` or `terse`",
  fixValue: "default",
  description: "PostgreSQL instances set `log_error_verbosity` to `default` or `terse` (not `verbose`).",
  rationale: "`verbose` adds source file names, function names and line numbers to every logged error: far more log volume and detail about the server's internals than investigation needs, kept wherever the logs go.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
