// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-004",
  name: "sql-pg-log-connections",
  cis: "6.2.2",
  level: 1,
  concept: "audit-logging",
  engine: "postgres",
  flag: "log_connections",
  title: "Cloud SQL for PostgreSQL instances log connections",
  severity: "medium",
  defaultValue: "off",
  ok: (v) => v === 'on',
  wanted: "`on`",
  fixValue: "on",
  description: "PostgreSQL instances set `log_connections` to `on`, so every connection attempt (and each successful authentication) is logged.",
  rationale: "A record of who connected, from where and when is what an investigation starts from; without it password guessing and logins with stolen credentials leave no trace in the database logs.",
  aliases: { checkov: ['CKV_GCP_52'] },
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
