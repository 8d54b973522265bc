// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-010",
  name: "sql-pg-pgaudit",
  cis: "6.2.8",
  level: 1,
  concept: "audit-logging",
  engine: "postgres",
  flag: "cloudsql.enable_pgaudit",
  title: "Cloud SQL for PostgreSQL instances enable pgAudit",
  severity: "medium",
  defaultValue: "off",
  ok: (v) => v === 'on',
  wanted: "`on`",
  fixValue: "on",
  description: "PostgreSQL instances set `cloudsql.enable_pgaudit` to `on`, which loads the pgAudit extension for session and object audit logging (configure what it logs with the `pgaudit.log` flag and `CREATE EXTENSION pgaudit`).",
  rationale: "pgAudit records who read and changed which objects in a form auditors can use, and sends it to Cloud Logging with the rest of the project's audit trail; the ordinary server log does not.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
