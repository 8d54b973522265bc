// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-017",
  name: "sql-sqlserver-contained-auth-off",
  cis: "6.3.7",
  level: 1,
  concept: "secure-configuration",
  engine: "sqlserver",
  flag: "contained database authentication",
  title: "Cloud SQL for SQL Server instances turn contained database authentication off",
  severity: "medium",
  defaultValue: "off",
  ok: (v) => v === 'off',
  wanted: "`off`",
  fixValue: "off",
  description: "SQL Server instances leave `contained database authentication` `off`.",
  rationale: "Contained databases authenticate their own users, outside the server's logins and password policies; a database owner can then create users the server administrators neither see nor control.",
  aliases: { checkov: ['CKV_GCP_59'] },
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
