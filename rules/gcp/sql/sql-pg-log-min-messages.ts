// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

/** Levels at which warnings are still logged. */
const WARNING_OR_MORE = new Set(['debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'info', 'notice', 'warning']);

const SPEC: FlagSpec = {
  id: "GCP-SQL-007",
  name: "sql-pg-log-min-messages",
  cis: "6.2.5",
  level: 1,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_min_messages",
  title: "Cloud SQL for PostgreSQL instances log messages of WARNING severity and above",
  severity: "low",
  defaultValue: "warning",
  ok: (v) => WARNING_OR_MORE.has(v),
  wanted: "`warning` or a more verbose level",
  fixValue: "warning",
  description: "PostgreSQL instances keep `log_min_messages` at `warning` or a more verbose level (`notice`, `info`, `debug1`-`debug5`), so warnings reach the log; `error`, `log`, `fatal` and `panic` drop them. This is our reading of \"at minimum warning\": the log keeps at least warnings.",
  rationale: "Warnings are often the first sign of a problem (failed authentications, resource exhaustion, deprecated use); a threshold above them leaves the log silent until something has already failed.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
