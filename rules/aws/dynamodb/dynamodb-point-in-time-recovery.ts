// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import type { Attr } from '../../api';
import { requireValue } from '../../lib/checks';
import { isGlobalTable, replicaName, replicas } from '../../lib/dynamodb';

export default defineCatalogRule({
  kind: 'aws.dynamodb.table',
  meta: {
    id: 'AWS-DYNAMODB-001',
    name: 'dynamodb-point-in-time-recovery',
    title: 'DynamoDB tables have point-in-time recovery',
    severity: 'medium',
    description:
      'DynamoDB tables keep continuous backups (point-in-time recovery), so they can be restored to any second of the last 35 days. Every replica of a global table counts on its own: Terraform `replica` blocks (`point_in_time_recovery = true`) and the `Replicas` of an `AWS::DynamoDB::GlobalTable` (`PointInTimeRecoverySpecification`), off by default.',
    rationale:
      'A bad deployment, a bug or a compromised credential can overwrite or delete items in seconds. On-demand backups only help if someone took one just before; point-in-time recovery makes every moment of the recovery window restorable, which is what an availability commitment needs.',
    remediation:
      'Terraform: add `point_in_time_recovery { enabled = true }` to the `aws_dynamodb_table`. CloudFormation: set `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true`.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
    frameworks: {
      'soc2-2017': ['A1.2', 'CC9.1'],
      'nist-800-53-r5': ['CP-9', 'CP-10', 'SI-12'],
      'nist-csf-2.0': ['PR.DS-11', 'RC.RP-03'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept (backup and recovery: SOC 2 A1.2, NIST CP-9/CP-10, CSF PR.DS-11).',
    resourceTypes: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'] },
    aliases: { checkov: ['CKV_AWS_28'], trivy: ['AVD-AWS-0024'], tfsec: ['aws-dynamodb-enable-recovery'], cfn_nag: ['W78'], guard: ['DYNAMODB_PITR_ENABLED'] },
    fix: 'safe',
  },
  check(table, ctx) {
    if (!isGlobalTable(table)) {
      const pitr = table.attrs.pointInTimeRecovery as Attr<boolean>;
      requireValue(ctx, pitr, true, 'whether point-in-time recovery is enabled',
        pitr.present ? 'Point-in-time recovery is turned off for this table.' : 'Point-in-time recovery is not enabled for this table (it is off by default).',
        { id: 'enable', title: 'Enable point-in-time recovery', safety: 'safe' });
    }
    // Each replica of a global table keeps its own continuous backups, off unless turned on for it.
    for (const replica of replicas(table, ctx, 'whether every replica has point-in-time recovery')) {
      const pitr = replica.attrs.pointInTimeRecovery as Attr<boolean>;
      const name = replicaName(replica);
      requireValue(ctx, pitr, true, `whether point-in-time recovery is enabled for ${name}`,
        pitr.present ? `Point-in-time recovery is turned off for ${name}.` : `Point-in-time recovery is not enabled for ${name} (each replica has its own setting, off by default).`,
        { id: 'enable', title: 'Enable point-in-time recovery', safety: 'safe' });
    }
  },
});
