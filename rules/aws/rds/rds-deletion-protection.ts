// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { requireValue } from '../../lib/checks';
import { attrName, inCluster } from '../../lib/rds';

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-006',
    name: 'rds-deletion-protection',
    title: 'RDS instances have deletion protection',
    severity: 'medium',
    description: 'RDS DB instances have deletion protection turned on, so they cannot be deleted until the flag is turned off first.',
    rationale:
      'Deleting a database is one API call, and an infrastructure change that renames or replaces the resource issues it without anyone typing "delete". Deletion protection turns that into a two-step change that has to be made on purpose, which protects availability and the data itself.',
    remediation:
      'Terraform: set `deletion_protection = true` on the `aws_db_instance`. CloudFormation: set `DeletionProtection: true` (and consider `DeletionPolicy: Snapshot`). To delete the instance later, turn the flag off in a separate change first. Aurora cluster members are protected by the cluster\'s setting and are not checked here.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection'],
    ...byConcept('deletion-protection'),
    levels: {},
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_293'], trivy: ['AVD-AWS-0177'], tfsec: ['aws-rds-enable-deletion-protection'], guard: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'] },
    fix: 'safe',
  },
  check(db, ctx) {
    if (inCluster(db)) return;
    requireValue(ctx, db.deletionProtection, true, 'whether deletion protection is enabled',
      db.deletionProtection.present
        ? 'Deletion protection is turned off: the instance can be deleted by a single API call or replacement.'
        : `Deletion protection is not enabled (${attrName(db, 'deletion_protection', 'DeletionProtection')} defaults to false).`,
      { id: 'enable', title: 'Turn on deletion protection', safety: 'safe' });
  },
});
