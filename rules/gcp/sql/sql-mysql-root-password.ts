// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { engineOf } from '../../lib/gcp-sql';

export default defineCatalogRule({
  kind: 'gcp.sql.user',
  meta: gcpMeta({
    id: 'GCP-SQL-024',
    name: 'sql-mysql-root-password',
    cis: ['6.1.1'],
    level: 1,
    concept: 'authenticated-interfaces',
    title: 'The MySQL root user of Cloud SQL has a password',
    severity: 'high',
    description:
      'A `google_sql_user` named `root` (a built-in user, the default `type`) sets `password` (or the write-only `password_wo` of google 6.x). When its `instance` refers to a `google_sql_database_instance` of the same configuration, only MySQL instances are checked. The root user Cloud SQL creates by itself, and users made outside Terraform, are not visible in code: this is a partial check of the recommendation.',
    rationale:
      'The root account has every privilege on the instance; without a password anyone who can reach the instance from the user\'s host (`%` is any host) logs in as administrator.',
    remediation:
      'Set `password` from a secret store (or `password_wo` with google 6.x), restrict `host`, and prefer IAM database users for people. The quick fix adds `password = var.mysql_root_password` (unsafe: you supply the value, and clients using the empty password stop working).',
    links: ['https://cloud.google.com/sql/docs/mysql/create-manage-users', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_user'],
    terraform: ['google_sql_user'],
    fix: 'unsafe',
  }),
  check(user, ctx) {
    const name = user.attrs.name;
    if (name.value instanceof Unknown) return;
    if (name.value !== 'root') return;
    const type = user.attrs.type;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'whether the root user is a built-in user with a password');
      return;
    }
    if (type.value !== 'BUILT_IN') return;
    const instance = user.attrs.instance.value;
    if (instance instanceof Unknown && instance.ref.kind === 'resource') {
      const ref = instance.ref;
      const sql = catalogOf(ctx.model, 'gcp.sql.instance').find((s) => s.address === ref.address);
      const engine = sql ? engineOf(sql) : null;
      if (sql && engine !== 'mysql') {
        if (engine instanceof Unknown) ctx.cannotVerify(user, engine, 'whether the root user\'s instance runs MySQL');
        return;
      }
    }
    const password = user.attrs.password;
    if (password.present || user.attrs.passwordWriteOnly.present) return;
    ctx.report(password, 'The MySQL root user has no password: anyone who can reach the instance from its host can log in as administrator.', {
      fixes: setFix('password', 'Give the root user a password', 'unsafe', [password, placeholder(user, 'mysql_root_password', 'Password of the MySQL root user (pass it at apply time from a secret store; never commit it)')]),
    });
  },
});
