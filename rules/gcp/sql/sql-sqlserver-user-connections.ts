// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-013",
  name: "sql-sqlserver-user-connections",
  cis: "6.3.3",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "user connections",
  title: "Cloud SQL for SQL Server instances do not limit user connections",
  severity: "low",
  defaultValue: "0",
  ok: (v) => v.trim() === '0',
  wanted: "`0` (as many as the server allows)",
  fixValue: "0",
  description: "SQL Server instances leave `user connections` at `0`, meaning no limit below what the server supports.",
  rationale: "A fixed connection cap lets a burst of connections, from a fault or an attacker, lock every other client out: a denial of service that a configuration value causes.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
