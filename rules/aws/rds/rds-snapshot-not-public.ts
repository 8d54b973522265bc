// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, list, lit, setFix, Unknown } from '../../api';
import { items } from '../../lib/iam-grants';

export default defineCatalogRule({
  kind: 'aws.rds.snapshot',
  meta: {
    id: 'AWS-RDS-010',
    name: 'rds-snapshot-not-public',
    title: 'RDS snapshots are not shared publicly',
    severity: 'critical',
    description:
      'No manual DB snapshot or DB cluster snapshot (`aws_db_snapshot`, `aws_db_cluster_snapshot`, `aws_db_snapshot_copy`) lists `all` in `shared_accounts`, which lets every AWS account copy or restore it. Naming accounts is not flagged. CloudFormation has no DB snapshot resource; EBS snapshots cannot be made public from Terraform (`aws_snapshot_create_volume_permission` takes one account id; AWS-EC2IMAGE-003 checks the account-level block) and AMIs shared with `group = "all"` are AWS-EC2IMAGE-001.',
    rationale:
      'A snapshot is the whole database: every table, every user and password hash, at the moment it was taken. Once public, anyone can restore it into their own account, and public RDS snapshots are searched for systematically. Encrypted snapshots cannot be made public, so a public one is also an unencrypted one.',
    remediation:
      'Remove `all` from `shared_accounts` and list the account ids that need the snapshot (or share it through AWS Backup or a copy encrypted with a key those accounts may use). The quick fix removes `all` and keeps the accounts that are named; it is unsafe because consumers that relied on the public snapshot lose access.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_snapshot'],
    frameworks: {
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-3', 'SC-7'],
      'nist-csf-2.0': ['PR.AA-05', 'PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept (public exposure of stored data: SOC 2 CC6.1/CC6.6, NIST AC-3/SC-7, CSF PR.AA-05/PR.DS-01), like AWS-EC2IMAGE-001.',
    resourceTypes: { terraform: ['aws_db_snapshot', 'aws_db_cluster_snapshot', 'aws_db_snapshot_copy'] },
    aliases: { checkov: ['CKV_AWS_302'], kics: ['f0d8781f-1991-4958-9917-d39283b168a0'] },
    fix: 'unsafe',
  },
  check(snapshot, ctx) {
    const shared = snapshot.attrs.sharedAccounts!;
    if (!shared.present) return;
    const accounts = items(shared);
    if (accounts instanceof Unknown) {
      ctx.cannotVerify(shared, accounts, 'whether the snapshot is shared with all accounts');
      return;
    }
    const isAll = (a: unknown): boolean => typeof a === 'string' && a.trim().toLowerCase() === 'all';
    if (!accounts.some(isAll)) {
      const unknown = accounts.find((a): a is Unknown => a instanceof Unknown);
      if (unknown) ctx.cannotVerify(shared, unknown, 'whether the snapshot is shared with all accounts');
      return;
    }
    // The fix keeps the named accounts; it can only write them back when every one of them is a literal.
    const rest = accounts.filter((a) => !isAll(a));
    const literal = rest.every((a): a is string => typeof a === 'string');
    const fixes = literal ? setFix('stop-public-sharing', 'Stop sharing the snapshot with all accounts (keep the named ones)', 'unsafe', [shared, list(...rest.map((a) => lit(a as string)))]) : [];
    ctx.report(shared, `The snapshot is public: shared_accounts contains "all", so every AWS account may copy or restore it${rest.length > 0 ? ` (not only the ${rest.length === 1 ? 'account' : `${rest.length} accounts`} it names)` : ''}.`, { fixes });
  },
});
