// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-009",
  name: "sql-pg-log-min-duration-disabled",
  cis: "6.2.7",
  level: 1,
  concept: "secure-configuration",
  engine: "postgres",
  flag: "log_min_duration_statement",
  title: "Cloud SQL for PostgreSQL instances do not log statements by duration",
  severity: "low",
  defaultValue: "-1",
  ok: (v) => v.trim() === '-1',
  wanted: "`-1` (disabled)",
  fixValue: "-1",
  description: "PostgreSQL instances keep `log_min_duration_statement` at `-1`, which turns off logging every statement that runs longer than a threshold.",
  rationale: "Duration logging writes the full text of the statements it catches, including the values in them: passwords set with `ALTER ROLE`, personal data in queries. Those end up in logs with wider access than the database.",
  aliases: { checkov: ['CKV_GCP_57'] },
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
