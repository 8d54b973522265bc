// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-012",
  name: "sql-sqlserver-cross-db-ownership-off",
  cis: "6.3.2",
  level: 1,
  concept: "least-privilege",
  engine: "sqlserver",
  flag: "cross db ownership chaining",
  title: "Cloud SQL for SQL Server instances turn cross-database ownership chaining off",
  severity: "medium",
  defaultValue: "off",
  ok: (v) => v === 'off',
  wanted: "`off`",
  fixValue: "off",
  description: "SQL Server instances leave `cross db ownership chaining` `off`.",
  rationale: "With ownership chaining across databases, a user who owns objects in one database can reach objects in another without being granted access there, so permissions stop meaning what they say.",
  aliases: { checkov: ['CKV_GCP_58'] },
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
