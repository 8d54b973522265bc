// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { requireValue } from '../../lib/checks';
import { attrName, inCluster, isReplica } from '../../lib/rds';

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-004',
    name: 'rds-multi-az',
    title: 'RDS instances are deployed across availability zones',
    severity: 'medium',
    description:
      'RDS DB instances run as Multi-AZ deployments: RDS keeps a synchronous standby in another availability zone and fails over to it automatically.',
    rationale:
      'A single-AZ instance is down for as long as its zone, host or storage volume is: restoring from a backup takes time and loses the writes since the last backup. A Multi-AZ standby takes over within minutes with no data loss, and maintenance such as patching is applied to the standby first, which shortens planned downtime too.',
    remediation:
      'Terraform: set `multi_az = true` on the `aws_db_instance`. CloudFormation: set `MultiAZ: true`. Converting an instance is done online but roughly doubles its cost and can add write latency; schedule it in a quiet period. Aurora instances get their availability from the cluster (place instances in several zones) and are not checked here.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html'],
    frameworks: {
      'cis-aws-5.0.0': ['2.2.4'],
      'soc2-2017': ['A1.1', 'A1.2'],
      'nist-800-53-r5': ['CP-2', 'CP-6', 'CP-10', 'SC-5', 'SC-36'],
      'nist-csf-2.0': ['RC.RP-02', 'RC.RP-04', 'PR.IR-03'],
    },
    levels: { 'cis-aws-5.0.0': 1 },
    mappingNote: 'NIST and CSF ids follow the reference maps for CIS 5.0.0 2.2.4 (base controls); the maps list no SOC 2 criteria, so A1.1/A1.2 (availability capacity and recovery) and PR.IR-03 (resilience) were added by control concept.',
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_157'], guard: ['RDS_MULTI_AZ_SUPPORT'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    if (inCluster(db) || isReplica(db)) return;
    requireValue(ctx, db.multiAz, true, 'whether the instance is a Multi-AZ deployment',
      db.multiAz.present
        ? 'The instance runs in a single availability zone: an AZ outage takes the database down.'
        : `The instance runs in a single availability zone (${attrName(db, 'multi_az', 'MultiAZ')} defaults to false).`,
      { id: 'enable', title: 'Deploy the instance across availability zones (higher cost)', safety: 'unsafe' });
  },
});
