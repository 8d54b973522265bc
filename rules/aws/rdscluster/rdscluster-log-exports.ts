// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, lit, setFix, Unknown } from '../../api';

/** The log types each engine can export to CloudWatch Logs, as the quick fix writes them. */
const LOG_TYPES: Record<string, string[]> = {
  'aurora-mysql': ['audit', 'error', 'general', 'slowquery'],
  'aurora-postgresql': ['postgresql'],
  mysql: ['error', 'general', 'slowquery'],
  postgres: ['postgresql'],
};

export default defineCatalogRule({
  kind: 'aws.rds.cluster',
  meta: {
    id: 'AWS-RDSCLUSTER-005',
    name: 'rdscluster-log-exports',
    title: 'RDS and Aurora DB clusters export logs to CloudWatch Logs',
    severity: 'low',
    description: 'RDS DB clusters export at least one database log type (audit, error, general, slow query, PostgreSQL log) to CloudWatch Logs.',
    rationale:
      'Database logs on the instances rotate away after a short time and disappear with the instance. Exported to CloudWatch Logs they are retained under a policy, can be searched and alarmed on, and show sign-in failures and unusual queries during an investigation.',
    remediation:
      'Terraform: set `enabled_cloudwatch_logs_exports` on the `aws_rds_cluster` (e.g. `["postgresql"]`, or `["audit", "error", "general", "slowquery"]` for Aurora MySQL). CloudFormation: set `EnableCloudwatchLogsExports`. Aurora MySQL audit logs also need `server_audit_logging` in the cluster parameter group; the general log adds cost and load.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
    aliases: { checkov: ['CKV_AWS_324'] },
    fix: 'unsafe',
  },
  check(cluster, ctx) {
    const exports = cluster.attrs.logExports;
    if (exports.value instanceof Unknown) {
      ctx.cannotVerify(exports, exports.value, 'whether the cluster exports its logs');
      return;
    }
    if (Array.isArray(exports.value) && exports.value.length > 0) return;
    const engine = (cluster.attrs.engine).value;
    // `aurora` is the legacy engine name of Aurora MySQL.
    const types = typeof engine === 'string' ? LOG_TYPES[engine === 'aurora' ? 'aurora-mysql' : engine] : undefined;
    ctx.report(exports, exports.present ? 'The cluster\'s log export list is empty: no database logs reach CloudWatch Logs.' : 'The cluster exports no database logs to CloudWatch Logs.', {
      fixes: types ? setFix('export-logs', `Export ${types.join(', ')} logs to CloudWatch Logs`, 'unsafe', [exports, list(...types.map((t) => lit(t)))]) : [],
    });
  },
});
