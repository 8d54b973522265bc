// SPDX-License-Identifier: Apache-2.0
// CIS GCP 6.6: IAM database authentication. The flag is `cloudsql.iam_authentication` on PostgreSQL and
// `cloudsql_iam_authentication` on MySQL; SQL Server has no IAM database authentication and is not checked.
import { defineCatalogRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { engineOf, flagFix, flagOf } from '../../lib/gcp-sql';
import { show } from '../../lib/checks';

const FLAG = { postgres: 'cloudsql.iam_authentication', mysql: 'cloudsql_iam_authentication' } as const;

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-023',
    name: 'sql-iam-authentication',
    cis: ['6.6'],
    level: 1,
    concept: 'authenticated-interfaces',
    title: 'Cloud SQL instances accept IAM database authentication',
    severity: 'medium',
    description:
      'PostgreSQL instances set the `cloudsql.iam_authentication` flag, and MySQL instances `cloudsql_iam_authentication`, to `on` (both default off) in `settings.database_flags`. SQL Server instances are not checked (no IAM database authentication). A `dynamic "database_flags"` block or an unknown `database_version` is reported as "cannot verify". The names are the same in the google and google-beta providers.',
    rationale:
      'With IAM authentication people and services log in to the database with their Google identity, so access is granted and revoked in IAM, uses short-lived tokens and is logged, instead of passwords that are shared, copied into configuration and never rotated.',
    remediation:
      'Add `database_flags { name = "cloudsql.iam_authentication" value = "on" }` (MySQL: `cloudsql_iam_authentication`) to `settings`, then create IAM users with `google_sql_user` (`type = "CLOUD_IAM_USER"`). The quick fix adds the flag (unsafe: changing flags may restart the instance).',
    links: ['https://cloud.google.com/sql/docs/postgres/iam-authentication', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags'],
    terraform: ['google_sql_database_instance'],
    fix: 'unsafe',
  }),
  check(sql, ctx) {
    const engine = engineOf(sql);
    if (engine instanceof Unknown) {
      ctx.cannotVerify(sql.attrs.databaseVersion, engine, 'which engine the instance runs, for its IAM authentication flag');
      return;
    }
    if (engine !== 'postgres' && engine !== 'mysql') return;
    const flag = FLAG[engine];
    const state = flagOf(sql, flag);
    if (state.state === 'unknown') {
      ctx.cannotVerify(state.at, state.unknown, `the \`${flag}\` flag of the instance`);
      return;
    }
    if (state.state === 'known' && state.value.toLowerCase() === 'on') return;
    const fixes = flagFix(sql, flag, 'on', state, 'iam-auth', 'Accept IAM database authentication');
    if (state.state === 'known') ctx.report(state.attr, `The \`${flag}\` flag is ${show(state.value)}, so database users can only log in with passwords.`, { fixes });
    else ctx.report(sql, `The instance does not set \`${flag}\`, so database users can only log in with passwords.`, { fixes });
  },
});
