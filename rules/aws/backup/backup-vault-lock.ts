// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, localName, setFix, Unknown } from '../../api';
import { linkIndex, maxAddress, perModel } from '../../lib/joins';

const MIN_DAYS = 7;


export default defineCatalogRule({
  kind: 'aws.backup.vault',
  meta: {
    id: 'AWS-BACKUP-002',
    name: 'backup-vault-lock',
    title: 'Backup vaults have a vault lock',
    severity: 'medium',
    description:
      'AWS Backup vaults have a vault lock with a minimum retention, so recovery points cannot be deleted early or have their retention shortened, even by administrators.',
    rationale:
      'Attackers who gain administrative access, ransomware operators in particular, delete backups before they encrypt or destroy data. A vault lock makes recovery points immutable for the minimum retention, which keeps a restore possible after such an attack or a mistaken clean-up.',
    remediation:
      'Terraform: add an `aws_backup_vault_lock_configuration` with `backup_vault_name = aws_backup_vault.<name>.name` and `min_retention_days`. CloudFormation: set `LockConfiguration.MinRetentionDays` on the `AWS::Backup::BackupVault`. Without `changeable_for_days` / `ChangeableForDays` the lock stays in governance mode and can be removed with a specific permission; with it, the lock becomes permanent after the grace period. Backup rules that keep recovery points for less than the minimum then fail.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html'],
    ...byConcept('backup', { remark: 'The lock keeps recovery points from being deleted or their retention shortened, even by an administrator: the "protected" of PR.DS-11.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_backup_vault'], cloudformation: ['AWS::Backup::BackupVault'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    const title = `Lock the vault in governance mode with a ${MIN_DAYS}-day minimum retention (shorter backup rules fail)`;
    if (vault.platform === 'cloudformation') {
      const min = vault.attrs.lockMinRetentionDays;
      if (min.present) return; // a lock exists; its minimum may come from a parameter
      ctx.report(min, 'The vault has no vault lock: its recovery points can be deleted at any time.', {
        fixes: setFix('add-lock', title, 'unsafe', [min, lit(MIN_DAYS)]),
      });
      return;
    }
    // A lock whose `backup_vault_name` names this vault: a reference to it, or its literal name. By
    // lookup (rules/lib/joins.ts).
    const { index, unresolved } = perModel(ctx.model, 'backup-vault-lock', () => {
      const locks = catalogOf(ctx.model, 'aws.backup.vaultLock').filter((l) => l.platform === 'terraform');
      return {
        index: linkIndex(locks, 'vaultName', maxAddress(catalogOf(ctx.model, 'aws.backup.vault'))),
        unresolved: locks.find((l) => {
          const n = l.attrs.vaultName.value;
          return n instanceof Unknown && !n.detail.startsWith('aws_backup_vault.');
        }),
      };
    });
    const vaultName = vault.attrs.name.value;
    if (index.byDotPrefix.has(vault.address) || (typeof vaultName === 'string' && vaultName !== '' && index.byString.has(vaultName))) return;
    if (unresolved) {
      ctx.cannotVerify(vault, unresolved.attrs.vaultName.value as Unknown, 'whether the vault is locked');
      return;
    }
    const name = localName(vault);
    const target = vault.target;
    if (target.platform !== 'terraform' || target.kind !== 'block') {
      ctx.report(vault, 'The vault has no vault lock: its recovery points can be deleted at any time.');
      return;
    }
    ctx.report(vault, 'The vault has no vault lock: its recovery points can be deleted at any time.', {
      fixes: [
        {
          id: 'add-lock',
          title,
          safety: 'unsafe',
          ops: [
            {
              op: 'create',
              target: {
                platform: 'terraform',
                kind: 'new-resource',
                file: target.file,
                after: target.block,
                resourceType: 'aws_backup_vault_lock_configuration',
                name,
                preamble: [['backup_vault_name', { kind: 'reference', terraform: `${vault.address}.name`, cloudformation: { ref: name } }]],
              },
              values: [[['min_retention_days'], lit(MIN_DAYS)]],
            },
          ],
        },
      ],
    });
  },
});
