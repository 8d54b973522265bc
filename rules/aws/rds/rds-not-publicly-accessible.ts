// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-002',
    name: 'rds-not-publicly-accessible',
    title: 'RDS instance is not publicly accessible',
    severity: 'high',
    description:
      'RDS DB instances, Aurora cluster members included (`aws_rds_cluster_instance`, an `AWS::RDS::DBInstance` with `DBClusterIdentifier`), do not get a public IP address and public DNS resolution. In CloudFormation an instance without `PubliclyAccessible` is public by default when it has no DB subnet group; an Aurora member uses its cluster\'s subnet group, so the cluster decides (when the cluster is not in the template, the default cannot be verified).',
    rationale:
      'A publicly accessible instance is one security group rule away from the internet, and its endpoint resolves to a public address for anyone. Databases belong in private subnets, reached through the application tier, a bastion or a VPN.',
    remediation: 'Set `publicly_accessible = false` (Terraform, where false is also the default) or `PubliclyAccessible: false` (CloudFormation, where an instance without a DB subnet group defaults to public). Clients outside the VPC lose direct access.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
    frameworks: {
      'cis-aws-5.0.0': ['2.2.3'],
      'cis-aws-3.0.0': ['2.3.3'],
      'soc2-2017': ['CC6.1', 'CC6.2', 'CC6.6'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-17', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    mappingNote: 'CSF PR.IR-01 added by control concept.',
    resourceTypes: { terraform: ['aws_db_instance', 'aws_rds_cluster_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_17'], trivy: ['AVD-AWS-0082', 'AVD-AWS-0180'], tfsec: ['aws-rds-no-public-db-access'], cfn_nag: ['F22'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    requireValue(ctx, db.publiclyAccessible, false, 'whether the instance is publicly accessible', 'The instance is publicly accessible.',
      { id: 'disable', title: 'Make the instance private', safety: 'unsafe' });
  },
});
