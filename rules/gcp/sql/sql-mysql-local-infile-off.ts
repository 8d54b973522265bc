// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-002",
  name: "sql-mysql-local-infile-off",
  cis: "6.1.3",
  level: 1,
  concept: "secure-configuration",
  engine: "mysql",
  flag: "local_infile",
  title: "Cloud SQL for MySQL instances set local_infile off",
  severity: "medium",
  defaultValue: "on",
  ok: (v) => v === 'off',
  wanted: "`off`",
  fixValue: "off",
  description: "MySQL instances set the `local_infile` flag to `off`. The benchmark asks for the explicit setting, so an instance that leaves the flag out is flagged as well.",
  rationale: "`LOAD DATA LOCAL` lets the server ask the client to send any file the client can read; a malicious or compromised server, or SQL injection in an application, can use it to read files from application hosts.",
  aliases: { checkov: ['CKV_GCP_50'] },
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
