// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { requireValue } from '../../lib/checks';
import { attrName } from '../../lib/rds';

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-003',
    name: 'rds-auto-minor-version-upgrade',
    title: 'RDS instances apply minor engine upgrades automatically',
    severity: 'medium',
    description:
      'RDS DB instances and Aurora cluster members (`aws_rds_cluster_instance`) keep automatic minor version upgrades turned on, so RDS installs new minor engine versions (security and bug fixes) during the maintenance window.',
    rationale:
      'Minor engine releases are where database vendors ship their security patches. With automatic upgrades off, an instance stays on the version it was created with until someone remembers to upgrade it, and known vulnerabilities stay open meanwhile. Minor releases are backward compatible, and RDS applies them only inside the maintenance window you choose.',
    remediation:
      'Terraform: remove `auto_minor_version_upgrade = false` or set it to `true` on the `aws_db_instance` (the default is true). CloudFormation: remove `AutoMinorVersionUpgrade: false` or set it to `true`. Pick a `preferred_maintenance_window` / `PreferredMaintenanceWindow` that suits the workload.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades'],
    frameworks: {
      'cis-aws-5.0.0': ['2.2.2'],
      'cis-aws-3.0.0': ['2.3.2'],
      'soc2-2017': ['CC7.1', 'CC8.1'],
      'nist-800-53-r5': ['SI-2', 'CM-6'],
      'nist-csf-2.0': ['ID.RA-01', 'PR.PS-02'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    mappingNote: 'The reference maps list no SOC 2, NIST or CSF ids for this recommendation; CC7.1/CC8.1, SI-2 (flaw remediation), CM-6 and ID.RA-01/PR.PS-02 (vulnerabilities identified, software maintained) were chosen by control concept.',
    resourceTypes: { terraform: ['aws_db_instance', 'aws_rds_cluster_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_226'], guard: ['RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED'] },
    fix: 'safe',
  },
  check(db, ctx) {
    requireValue(ctx, db.autoMinorVersionUpgrade, true, 'whether automatic minor version upgrades are enabled',
      `Automatic minor version upgrades are turned off (${attrName(db, 'auto_minor_version_upgrade', 'AutoMinorVersionUpgrade')} is false): engine security patches are not applied.`,
      { id: 'enable', title: 'Turn on automatic minor version upgrades', safety: 'safe' });
  },
});
