// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-014",
  name: "sql-sqlserver-user-options-unset",
  cis: "6.3.4",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "user options",
  title: "Cloud SQL for SQL Server instances do not set user options",
  severity: "low",
  defaultValue: "(not set)",
  ok: (v) => v === '(not set)',
  wanted: "not set",
  fixValue: null,
  description: "SQL Server instances do not set the `user options` flag, which changes the session defaults of every user (ANSI settings, arithmetic abort, and so on).",
  rationale: "Global session defaults change how every application's queries behave, often silently (truncation, null handling); the benchmark asks that they stay at the engine's defaults and be set per session where needed. Remove the flag: there is no quick fix, since a fix cannot delete a block.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
