// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, list, lit, localName, setFix, Unknown } from '../../api';
import type { CatalogResource, PlannedFix } from '../../api';
import { linkIndex, maxAddress, perModel } from '../../lib/joins';

const EXPORTS = ['connectionlog', 'userlog', 'useractivitylog'];
const TITLE = 'Send connection, user and user activity logs to CloudWatch Logs';


function addLogging(cluster: CatalogResource): PlannedFix[] {
  const t = cluster.target;
  if (t.platform !== 'terraform' || t.kind !== 'block') return [];
  const name = localName(cluster);
  return [
    {
      id: 'enable-logging',
      title: TITLE,
      safety: 'safe',
      ops: [
        {
          op: 'create',
          target: {
            platform: 'terraform',
            kind: 'new-resource',
            file: t.file,
            after: t.block,
            resourceType: 'aws_redshift_logging',
            name,
            preamble: [['cluster_identifier', { kind: 'reference', terraform: `${cluster.address}.id`, cloudformation: { ref: name } }]],
          },
          values: [
            [['log_destination_type'], lit('cloudwatch')],
            [['log_exports'], list(...EXPORTS.map((e) => lit(e)))],
          ],
        },
      ],
    },
  ];
}

export default defineCatalogRule({
  kind: 'aws.redshift.cluster',
  meta: {
    id: 'AWS-REDSHIFT-005',
    name: 'redshift-audit-logging',
    title: 'Redshift clusters have audit logging',
    severity: 'medium',
    description:
      'Redshift clusters export their audit logs (connections, user changes, user activity) to S3 or CloudWatch Logs: `LoggingProperties` in CloudFormation, an `aws_redshift_logging` (or the older inline `logging` block) in Terraform.',
    rationale:
      'The warehouse holds data from many systems, and its audit logs are the only record of who connected, from where, and which queries they ran. Without them, neither an investigation nor an access review can show how the data was used.',
    remediation:
      'Terraform: add an `aws_redshift_logging` with `cluster_identifier = aws_redshift_cluster.<name>.id`, `log_destination_type = "cloudwatch"` and `log_exports`. CloudFormation: set `LoggingProperties` with `LogDestinationType: cloudwatch` and `LogExports` (or `BucketName` for S3). The user activity log also needs `enable_user_activity_logging` in the cluster parameter group.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
    aliases: { checkov: ['CKV_AWS_71'] },
    fix: 'safe',
  },
  check(cluster, ctx) {
    const message = 'The cluster does not export audit logs.';
    if (cluster.platform === 'cloudformation') {
      const bucket = cluster.attrs.loggingBucket;
      const destination = cluster.attrs.loggingDestinationType;
      if (bucket.present || destination.present) return;
      ctx.report(cluster, message, {
        fixes: setFix('enable-logging', TITLE, 'safe', [destination, lit('cloudwatch')], [cluster.attrs.loggingExports, list(...EXPORTS.map((e) => lit(e)))]),
      });
      return;
    }
    const legacy = cluster.attrs.legacyLoggingEnabled;
    if (legacy.value === true) return;
    if (legacy.value instanceof Unknown) {
      ctx.cannotVerify(legacy, legacy.value, 'whether the cluster exports audit logs');
      return;
    }
    // An aws_redshift_logging whose `cluster_identifier` names this cluster: a reference to it
    // (`aws_redshift_cluster.x.id`), or its identifier. By lookup (rules/lib/joins.ts).
    const { index, unresolved } = perModel(ctx.model, 'redshift-logging', () => {
      const logging = catalogOf(ctx.model, 'aws.redshift.logging').filter((l) => l.platform === 'terraform');
      return {
        index: linkIndex(logging, 'clusterIdentifier', maxAddress(catalogOf(ctx.model, 'aws.redshift.cluster'))),
        unresolved: logging.find((l) => {
          const id = l.attrs.clusterIdentifier.value;
          return id instanceof Unknown && !id.detail.startsWith('aws_redshift_cluster.');
        }),
      };
    });
    const id = cluster.attrs.clusterIdentifier.value;
    if (index.byDotPrefix.has(cluster.address) || (typeof id === 'string' && id !== '' && index.byString.has(id))) return;
    if (unresolved) {
      ctx.cannotVerify(cluster, unresolved.attrs.clusterIdentifier.value as Unknown, 'whether the cluster exports audit logs');
      return;
    }
    ctx.report(legacy.present ? legacy : cluster, legacy.present ? 'Audit logging is turned off for this cluster.' : message, {
      // The deprecated inline block and a separate aws_redshift_logging would fight over the same setting.
      fixes: legacy.present ? [] : addLogging(cluster),
    });
  },
});
