// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';
import { isGlobalTable, replicaName, replicas } from '../../lib/dynamodb';

export default defineCatalogRule({
  kind: 'aws.dynamodb.table',
  meta: {
    id: 'AWS-DYNAMODB-003',
    name: 'dynamodb-deletion-protection',
    title: 'DynamoDB tables have deletion protection',
    severity: 'medium',
    description:
      'DynamoDB tables turn on deletion protection, so the table cannot be deleted until the setting is turned off again. For an `AWS::DynamoDB::GlobalTable` the setting is per replica (`Replicas[].DeletionProtectionEnabled`); Terraform `replica` blocks are not judged (the table\'s own setting is).',
    rationale:
      'Deleting a table removes its items and, unless backups were taken elsewhere, its point-in-time recovery history with it. Deletion protection turns an accidental `terraform destroy`, a renamed resource or a stack rollback into an error instead of data loss.',
    remediation:
      'Terraform: set `deletion_protection_enabled = true` on the `aws_dynamodb_table`. CloudFormation: set `DeletionProtectionEnabled: true`. Turn it off deliberately when a table really has to go.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection'],
    ...byConcept('deletion-protection'),
    levels: {},
    resourceTypes: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'] },
    fix: 'safe',
  },
  check(table, ctx) {
    if (!isGlobalTable(table)) {
      const dp = table.attrs.deletionProtection;
      requireValue(ctx, dp, true, 'whether deletion protection is enabled',
        dp.present ? 'Deletion protection is turned off for this table.' : 'Deletion protection is not enabled for this table (it is off by default).',
        { id: 'enable', title: 'Enable deletion protection', safety: 'safe' });
      return;
    }
    // A GlobalTable protects each replica separately (DeletionProtectionEnabled per replica).
    for (const replica of replicas(table, ctx, 'whether every replica has deletion protection')) {
      const dp = replica.attrs.deletionProtection;
      const name = replicaName(replica);
      requireValue(ctx, dp, true, `whether deletion protection is enabled for ${name}`,
        dp.present ? `Deletion protection is turned off for ${name}.` : `Deletion protection is not enabled for ${name} (it is off by default).`,
        { id: 'enable', title: 'Enable deletion protection', safety: 'safe' });
    }
  },
});
