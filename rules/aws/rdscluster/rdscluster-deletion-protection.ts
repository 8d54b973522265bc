// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.rds.cluster',
  meta: {
    id: 'AWS-RDSCLUSTER-002',
    name: 'rdscluster-deletion-protection',
    title: 'RDS and Aurora DB clusters have deletion protection',
    severity: 'medium',
    description:
      'RDS DB clusters turn on deletion protection, so the cluster cannot be deleted until the setting is turned off again.',
    rationale:
      'Deleting a cluster removes its automated backups unless a final snapshot was requested. Deletion protection turns an accidental destroy, a renamed resource or a stack replacement into an error instead of an outage and data loss.',
    remediation:
      'Terraform: set `deletion_protection = true` on the `aws_rds_cluster`. CloudFormation: set `DeletionProtection: true`. Turn it off deliberately when the cluster really has to go.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection'],
    ...byConcept('deletion-protection'),
    levels: {},
    resourceTypes: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
    aliases: { checkov: ['CKV_AWS_139'], trivy: ['AVD-AWS-0343'], tfsec: ['aws-rds-enable-cluster-deletion-protection'] },
    fix: 'safe',
  },
  check(r, ctx) {
    const a = r.attrs.deletionProtection;
    requireValue(ctx, a, true, 'whether deletion protection is enabled', a.present ? 'Deletion protection is turned off for this DB cluster.' : 'Deletion protection is not enabled for this DB cluster (it is off by default).', {
      id: 'enable',
      title: 'Enable deletion protection',
      safety: 'safe',
    });
  },
});
