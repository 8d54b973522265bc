// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, Unknown } from '../../api';
import type { FixOp } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-022',
    name: 'sql-deletion-protection',
    cis: ['6.9'],
    level: 1,
    concept: 'recoverable-deletion',
    title: 'Cloud SQL instances have deletion protection on',
    severity: 'medium',
    description:
      'The recommendation means Cloud SQL\'s own deletion protection, `settings.deletion_protection_enabled = true` (google provider 4.48 and later; default false), which refuses deletion from any client: console, gcloud, API and Terraform. Terraform\'s separate `deletion_protection` argument (default true) only stops `terraform destroy` and replacement plans, so it is not enough on its own; an explicit `deletion_protection = false` is reported too, since it removes the last guard against a plan that replaces the instance.',
    rationale:
      'Deleting a Cloud SQL instance deletes its automated backups with it; one mistaken click, script or plan removes the data and the means to restore it. Deletion protection makes deletion a deliberate two-step act.',
    remediation:
      'Set `deletion_protection_enabled = true` in `settings` and keep (or restore) Terraform\'s `deletion_protection = true`. The quick fix writes both (safe: nothing changes for clients; deleting the instance later needs the settings turned off first).',
    links: ['https://cloud.google.com/sql/docs/mysql/deletion-protection', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection_enabled'],
    terraform: ['google_sql_database_instance'],
    fix: 'safe',
  }),
  check(sql, ctx) {
    const cloud = sql.attrs.deletionProtectionEnabled;
    const tf = sql.attrs.deletionProtection;
    if (cloud.value instanceof Unknown) ctx.cannotVerify(cloud, cloud.value, 'whether Cloud SQL deletion protection is on');
    if (tf.value instanceof Unknown) ctx.cannotVerify(tf, tf.value, 'whether Terraform\'s deletion protection is on');
    const ops: FixOp[] = [];
    const problems: string[] = [];
    if (cloud.value === false) {
      problems.push(cloud.present ? 'Cloud SQL deletion protection is off' : 'Cloud SQL deletion protection (`settings.deletion_protection_enabled`) is not turned on');
      if (cloud.location) ops.push({ op: 'set', location: cloud.location, value: lit(true) });
    }
    if (tf.value === false) {
      problems.push('Terraform\'s `deletion_protection` is false');
      if (tf.location) ops.push({ op: 'set', location: tf.location, value: lit(true) });
    }
    if (problems.length === 0) return;
    ctx.report(cloud.value === false ? cloud : tf, `${problems.join(', and ')}: the instance and its backups can be deleted in one step.`, {
      fixes: ops.length > 0 ? [{ id: 'protect', title: 'Turn deletion protection on', safety: 'safe', ops }] : [],
    });
  },
});
