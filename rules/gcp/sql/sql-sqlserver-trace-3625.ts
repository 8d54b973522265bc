// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-016",
  name: "sql-sqlserver-trace-3625",
  cis: "6.3.6",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "3625",
  title: "Cloud SQL for SQL Server instances mask error details (trace flag 3625)",
  severity: "low",
  defaultValue: "off",
  ok: (v) => v === 'on',
  wanted: "`on`",
  fixValue: "on",
  description: "SQL Server instances set trace flag `3625` to `on`, which hides parts of error messages from users who are not sysadmins.",
  rationale: "Full error messages can reveal object names, data values and server details to whoever triggers them, including an attacker probing through an application; masking them gives away less.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
