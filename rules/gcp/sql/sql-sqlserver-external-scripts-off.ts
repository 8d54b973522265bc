// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-011",
  name: "sql-sqlserver-external-scripts-off",
  cis: "6.3.1",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "external scripts enabled",
  title: "Cloud SQL for SQL Server instances do not run external scripts",
  severity: "medium",
  defaultValue: "off",
  ok: (v) => v === 'off',
  wanted: "`off`",
  fixValue: "off",
  description: "SQL Server instances leave `external scripts enabled` `off`.",
  rationale: "External scripts run R or Python code from inside the database engine; code that runs there can reach the data and the host with the engine's rights, a path around the database's own permission checks.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
