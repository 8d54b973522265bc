// SPDX-License-Identifier: Apache-2.0
// Generated from one spec per recommendation; the check is shared (rules/lib/gcp-sql.ts).
import { defineCatalogRule } from '../../api';
import { checkFlag, flagMeta } from '../../lib/gcp-sql';
import type { FlagSpec } from '../../lib/gcp-sql';

const SPEC: FlagSpec = {
  id: "GCP-SQL-001",
  name: "sql-mysql-skip-show-database",
  cis: "6.1.2",
  level: 1,
  concept: "least-privilege",
  engine: "mysql",
  flag: "skip_show_database",
  title: "Cloud SQL for MySQL instances set skip_show_database on",
  severity: "low",
  defaultValue: "off",
  ok: (v) => v === 'on',
  wanted: "`on`",
  fixValue: "on",
  description: "MySQL instances set the `skip_show_database` flag to `on`, so `SHOW DATABASES` lists only the databases a user has privileges on.",
  rationale: "Without it any account can list every database on the instance, which tells an attacker who got one low-privilege login where the valuable data is and what to try next.",
};

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: flagMeta(SPEC),
  check(sql, ctx) {
    checkFlag(sql, ctx, SPEC);
  },
});
