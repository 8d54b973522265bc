// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-005",
  name: "sql-pg-log-disconnections",
  cis: "6.2.3",
  level: 1,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_disconnections",
  title: "Cloud SQL for PostgreSQL instances log disconnections",
  severity: "low",
  defaultValue: "off",
  ok: (v) => v === 'on',
  wanted: "`on`",
  fixValue: "on",
  description: "PostgreSQL instances set `log_disconnections` to `on`, so the end of every session is logged with its duration.",
  rationale: "Session ends complete the connection record: with them an investigation can tell how long a suspicious session lasted and which activity belongs to it.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
