// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-021',
    name: 'sql-backups-enabled',
    cis: ['6.8'],
    level: 1,
    concept: 'backup',
    title: 'Cloud SQL instances take automated backups',
    severity: 'medium',
    description:
      '`google_sql_database_instance` resources set `settings.backup_configuration.enabled = true` (default false). Read replicas (`master_instance_name` set) are not checked: Cloud SQL takes backups on the primary. The name is the same in the google and google-beta providers.',
    rationale:
      'Without automated backups a dropped table, a bad migration or ransomware leaves nothing to restore from, and point-in-time recovery is not possible either, since it builds on the backups.',
    remediation:
      'Add `backup_configuration { enabled = true }` to `settings` (and `point_in_time_recovery_enabled` / `binary_log_enabled` as the engine requires). The quick fix turns backups on (safe: backups run in a window and do not change how the instance serves clients; they cost storage).',
    links: ['https://cloud.google.com/sql/docs/mysql/backup-recovery/backups', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration'],
    terraform: ['google_sql_database_instance'],
    aliases: { checkov: ['CKV_GCP_14'] },
    fix: 'safe',
  }),
  check(sql, ctx) {
    const master = sql.attrs.masterInstanceName;
    const enabled = sql.attrs.backupEnabled;
    // A replica, even of an instance whose name is unknown here (another resource's name is never null).
    // A name from a variable or a module output may be null, which makes the instance a primary.
    if (master.present && master.value instanceof Unknown && (master.value.ref.kind === 'variable' || master.value.ref.kind === 'module') && enabled.value !== true) {
      ctx.cannotVerify(master, master.value, 'whether the instance takes automated backups (whether it is a replica, which takes none)');
      return;
    }
    if (master.present) return;
    requireValue(ctx, enabled, true, 'whether the instance takes automated backups', enabled.present ? 'Automated backups are turned off for the instance.' : 'The instance does not turn automated backups on (`backup_configuration.enabled` defaults to false).', { id: 'backups-on', title: 'Turn automated backups on', safety: 'safe' });
  },
});
