// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-015",
  name: "sql-sqlserver-remote-access-off",
  cis: "6.3.5",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "remote access",
  title: "Cloud SQL for SQL Server instances turn remote access off",
  severity: "medium",
  defaultValue: "on",
  ok: (v) => v === 'off',
  wanted: "`off`",
  fixValue: "off",
  description: "SQL Server instances set `remote access` to `off`. It is on when not set, so the flag must be written.",
  rationale: "Remote access lets stored procedures run from and on other SQL Server instances; an attacker who controls one server can use it to execute procedures here or to turn this server into a relay.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
