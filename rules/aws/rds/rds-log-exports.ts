// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, list, lit, setFix, Unknown } from '../../api';
import { attrName, inCluster } from '../../lib/rds';

/** The log types each engine family can export (RDS documentation), used by the fix. */
function logTypesFor(engine: string): string[] | null {
  if (/^(mysql|mariadb)/.test(engine)) return ['audit', 'error', 'general', 'slowquery'];
  if (/^postgres/.test(engine)) return ['postgresql', 'upgrade'];
  if (/^oracle/.test(engine)) return ['alert', 'audit', 'listener', 'trace'];
  if (/^sqlserver/.test(engine)) return ['agent', 'error'];
  return null;
}

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-007',
    name: 'rds-log-exports',
    title: 'RDS instances export database logs to CloudWatch Logs',
    severity: 'low',
    description: 'RDS DB instances publish their engine logs (error, audit, general or slow query logs, depending on the engine) to CloudWatch Logs.',
    rationale:
      'Logs kept only on the instance rotate away after a few days, disappear with the instance, and cannot be searched or alarmed on centrally. Exported to CloudWatch Logs they are retained as long as you decide, can feed metric filters and alarms, and are available to an investigation after the fact.',
    remediation:
      'Terraform: set `enabled_cloudwatch_logs_exports` on the `aws_db_instance` to the engine\'s log types (for example `["audit", "error", "general", "slowquery"]` for MySQL, `["postgresql", "upgrade"]` for PostgreSQL). CloudFormation: set `EnableCloudwatchLogsExports` likewise. MySQL and MariaDB need the audit plugin in an option group for audit logs, and the general and slow query logs are enabled through parameter group settings. Aurora cluster members export through the cluster and are not checked here.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_129'], guard: ['RDS_INSTANCE_LOGGING_ENABLED'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    if (inCluster(db)) return;
    const exports = db.cloudwatchLogsExports;
    if (exports.value instanceof Unknown) {
      ctx.cannotVerify(exports, exports.value, 'which logs the instance exports');
      return;
    }
    const items = Array.isArray(exports.value) ? exports.value : [];
    if (items.some((x) => x instanceof Unknown)) {
      const u = items.find((x): x is Unknown => x instanceof Unknown)!;
      if (items.every((x) => x instanceof Unknown)) ctx.cannotVerify(exports, u, 'which logs the instance exports');
      return;
    }
    if (items.length > 0) return;
    const engine = db.engine.value;
    const types = typeof engine === 'string' ? logTypesFor(engine) : null;
    const name = attrName(db, 'enabled_cloudwatch_logs_exports', 'EnableCloudwatchLogsExports');
    ctx.report(exports, exports.present ? `No database logs are exported to CloudWatch Logs: ${name} is empty.` : `No database logs are exported to CloudWatch Logs (${name} is not set).`, {
      fixes: types ? setFix('export-logs', `Export the ${String(engine)} logs to CloudWatch Logs`, 'unsafe', [exports, list(...types.map((t) => lit(t)))]) : [],
    });
  },
});
