// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, lit, placeholder, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';
import { attrName } from '../../lib/rds';

/** The sampling interval the quick fix writes (seconds): the cheapest one that still gives OS metrics. */
const INTERVAL = 60;

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-009',
    name: 'rds-enhanced-monitoring',
    title: 'RDS instances have Enhanced Monitoring',
    severity: 'low',
    description:
      'RDS DB instances and Aurora cluster members (`aws_db_instance`, `aws_rds_cluster_instance`, `AWS::RDS::DBInstance`) set a non-zero Enhanced Monitoring interval (`monitoring_interval` / `MonitoringInterval`), so operating-system metrics of the database host reach CloudWatch Logs. The interval defaults to 0 (off) in both languages.',
    rationale:
      'CloudWatch\'s standard RDS metrics come from the hypervisor once a minute. Enhanced Monitoring reports what the database host itself sees (processes, memory, file system, per-CPU load) at up to one-second resolution, which is what tells a runaway query or an exhausted disk apart from an attack, and what an investigation of an outage or an abuse of the database needs afterwards.',
    remediation:
      'Terraform: set `monitoring_interval` (1, 5, 10, 15, 30 or 60) and `monitoring_role_arn` to a role that trusts `monitoring.rds.amazonaws.com` and has the `AmazonRDSEnhancedMonitoringRole` policy. CloudFormation: set `MonitoringInterval` and `MonitoringRoleArn`. The quick fix sets a 60-second interval and, when no role is named, adds a variable/parameter for the role ARN; Enhanced Monitoring is billed as CloudWatch Logs usage.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html'],
    ...byConcept('application-monitoring', { remark: 'Enhanced Monitoring reports the database host\'s processes, memory and I/O.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_db_instance', 'aws_rds_cluster_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_118'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    const interval = db.monitoringInterval;
    if (interval.value instanceof Unknown) {
      ctx.cannotVerify(interval, interval.value, 'whether Enhanced Monitoring is on');
      return;
    }
    if (typeof interval.value === 'number' && interval.value > 0) return;
    const role = db.monitoringRoleArn;
    const sets: [Attr<unknown>, FixValue][] = [[interval, lit(INTERVAL)]];
    if (!role.present || role.value === '') {
      sets.push([role, placeholder(db, 'rds_monitoring_role_arn', 'ARN of the IAM role RDS uses to publish Enhanced Monitoring metrics (trusts monitoring.rds.amazonaws.com)')]);
    }
    const name = attrName(db, 'monitoring_interval', 'MonitoringInterval');
    ctx.report(interval, interval.present ? `Enhanced Monitoring is off (${name} is 0).` : `Enhanced Monitoring is off (${name} is not set; it defaults to 0).`, {
      fixes: setFix('enable', `Sample OS metrics every ${INTERVAL} seconds${sets.length > 1 ? ' (adds a variable for the monitoring role)' : ''}`, 'unsafe', ...sets),
    });
  },
});
