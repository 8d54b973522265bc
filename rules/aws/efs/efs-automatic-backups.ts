// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, localName, setFix, Unknown } from '../../api';
import type { Attr } from '../../api';
import { show } from '../../lib/checks';
import { firstOf, linkIndex, maxAddress, perModel } from '../../lib/joins';


export default defineCatalogRule({
  kind: 'aws.efs.fileSystem',
  meta: {
    id: 'AWS-EFS-002',
    name: 'efs-automatic-backups',
    title: 'EFS file systems have automatic backups',
    severity: 'medium',
    description:
      'EFS file systems turn on automatic backups (AWS Backup\'s daily default plan): `BackupPolicy.Status: ENABLED` in CloudFormation, an `aws_efs_backup_policy` with status `ENABLED` in Terraform.',
    rationale:
      'A file system shared by many clients can be damaged by any of them: a deleted directory, a ransomware run, a bad script. Without backups there is no copy to restore from. File systems created through the API, Terraform or CloudFormation have automatic backups off unless it is asked for.',
    remediation:
      'Terraform: add an `aws_efs_backup_policy` with `file_system_id = aws_efs_file_system.<name>.id` and `backup_policy { status = "ENABLED" }`. CloudFormation: set `BackupPolicy.Status: ENABLED` on the `AWS::EFS::FileSystem`. A backup plan of your own in AWS Backup that covers the file system also satisfies the control; suppress the finding with that justification.',
    links: ['https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_efs_file_system'], cloudformation: ['AWS::EFS::FileSystem'] },
    fix: 'safe',
  },
  check(fs, ctx) {
    const title = 'Turn on automatic backups';
    const checkStatus = (status: Attr<string>): void => {
      if (status.value instanceof Unknown) {
        ctx.cannotVerify(status, status.value, 'whether the file system has automatic backups');
        return;
      }
      if (status.value === 'ENABLED' || status.value === 'ENABLING') return;
      ctx.report(status, status.present ? `Automatic backups are ${show(status.value)} for this file system.` : 'Automatic backups are not enabled for this file system (they are off by default).', {
        fixes: setFix('enable-backups', title, 'safe', [status, lit('ENABLED')]),
      });
    };
    if (fs.platform === 'cloudformation') {
      checkStatus(fs.attrs.backupPolicyStatus);
      return;
    }
    // The first backup policy whose `file_system_id` is a reference to this file system, by lookup
    // (rules/lib/joins.ts).
    const { index, unresolved } = perModel(ctx.model, 'efs-backup-policy', () => {
      const policies = catalogOf(ctx.model, 'aws.efs.backupPolicy').filter((p) => p.platform === 'terraform');
      return {
        index: linkIndex(policies, 'fileSystemId', maxAddress(catalogOf(ctx.model, 'aws.efs.fileSystem'))),
        // A policy whose file system id is a variable or a literal id might be this file system's.
        unresolved: policies.find((p) => {
          const id = p.attrs.fileSystemId.value;
          return id !== undefined && !(id instanceof Unknown && id.detail.startsWith('aws_efs_file_system.'));
        }),
      };
    });
    const mine = firstOf(index, [index.byDotPrefix.get(fs.address)]);
    if (mine) {
      checkStatus(mine.attrs.status);
      return;
    }
    if (unresolved) {
      const id = unresolved.attrs.fileSystemId;
      ctx.cannotVerify(fs, id.value instanceof Unknown ? id.value : new Unknown('reference', id.ref.span, `the file system ${show(id.raw)}`), 'whether the file system has automatic backups');
      return;
    }
    const target = fs.target;
    if (target.platform !== 'terraform' || target.kind !== 'block') {
      ctx.report(fs, 'The file system has no backup policy, so automatic backups are off.');
      return;
    }
    const name = localName(fs);
    ctx.report(fs, 'The file system has no backup policy, so automatic backups are off.', {
      fixes: [
        {
          id: 'enable-backups',
          title,
          safety: 'safe',
          ops: [
            {
              op: 'create',
              target: {
                platform: 'terraform',
                kind: 'new-resource',
                file: target.file,
                after: target.block,
                resourceType: 'aws_efs_backup_policy',
                name,
                preamble: [['file_system_id', { kind: 'reference', terraform: `${fs.address}.id`, cloudformation: { ref: name } }]],
              },
              values: [[['backup_policy', 'status'], lit('ENABLED')]],
            },
          ],
        },
      ],
    });
  },
});
