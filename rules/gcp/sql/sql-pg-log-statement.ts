// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-006",
  name: "sql-pg-log-statement",
  cis: "6.2.4",
  level: 2,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_statement",
  title: "Cloud SQL for PostgreSQL instances log DDL statements",
  severity: "low",
  defaultValue: "none",
  ok: (v) => v === 'ddl' || v === 'mod' || v === 'all',
  wanted: "`ddl` (or `mod` / `all`)",
  fixValue: "ddl",
  description: "PostgreSQL instances set `log_statement` to `ddl` (the benchmark's choice), `mod` or `all`; the default `none` logs no statements.",
  rationale: "Schema changes (dropped tables, new roles, altered permissions) are exactly the statements an intruder or a mistake leaves behind; logging them gives a trail of who changed the database structure and when.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
