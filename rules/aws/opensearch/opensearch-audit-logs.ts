// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, setFix, Unknown } from '../../api';
import type { Attr, CatalogResource, FixValue, PlannedFix } from '../../api';

const TITLE = 'Publish audit logs to CloudWatch Logs (adds a variable for the log group ARN)';

function logGroup(domain: CatalogResource): FixValue {
  return placeholder(domain, 'opensearch_audit_log_group_arn', 'ARN of the CloudWatch Logs log group that receives the OpenSearch audit logs');
}

function enable(enabled: Attr<unknown>): PlannedFix[] {
  return setFix('enable', 'Turn audit log publishing back on', 'unsafe', [enabled, lit(true)]);
}

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-005',
    name: 'opensearch-audit-logs',
    title: 'OpenSearch domains publish audit logs',
    severity: 'medium',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains publish audit logs (`AUDIT_LOGS`) to CloudWatch Logs, recording who signed in and which indices they read or changed.',
    rationale:
      'Without audit logs, nobody can tell afterwards who searched or exported which documents, or whether failed sign-ins preceded a breach. Audit logs give that trail and can feed alarms on unusual access.',
    remediation:
      'Terraform: add a `log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = ... }` block. CloudFormation: set `LogPublishingOptions.AUDIT_LOGS` with `CloudWatchLogsLogGroupArn` and `Enabled: true`. Audit logs need fine-grained access control and a CloudWatch Logs resource policy that lets the service write; then turn on audit logging in the domain\'s security settings. The quick fix adds the publishing settings with a variable / parameter for the log group ARN (in Terraform only when the domain has no `log_publishing_options` yet).',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: {
      terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
      cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    },
    aliases: { checkov: ['CKV_AWS_317'], trivy: ['AVD-AWS-0042'], tfsec: ['aws-elastic-search-enable-domain-logging'] },
    fix: 'unsafe',
  },
  check(domain, ctx) {
    const what = 'whether the domain publishes audit logs';
    if (domain.platform === 'cloudformation') {
      const group = domain.attrs.auditLogGroupArn;
      const enabled = domain.attrs.auditLogEnabled;
      if (!group.present) {
        ctx.report(domain, 'The domain does not publish audit logs.', {
          fixes: setFix('publish-audit-logs', TITLE, 'unsafe', [group, logGroup(domain)], [enabled, lit(true)]),
        });
        return;
      }
      if (enabled.value instanceof Unknown) {
        ctx.cannotVerify(enabled, enabled.value, what);
        return;
      }
      if (enabled.value === false) ctx.report(enabled, 'Audit log publishing is turned off for this domain.', { fixes: enable(enabled) });
      return;
    }
    const list = domain.lists.logPublishing;
    const items = list.items;
    const audit = items.find((i) => i.attrs.logType.value === 'AUDIT_LOGS');
    if (audit) {
      const enabled = audit.attrs.enabled;
      if (enabled.value instanceof Unknown) ctx.cannotVerify(enabled, enabled.value, what);
      else if (enabled.value === false) ctx.report(enabled, 'Audit log publishing is turned off for this domain.', { fixes: enable(enabled) });
      return;
    }
    if (list.unknown) {
      ctx.cannotVerify(domain, list.unknown, what);
      return;
    }
    const unknownType = items.map((i) => i.attrs.logType).find((a) => a.value instanceof Unknown);
    if (unknownType) {
      ctx.cannotVerify(unknownType, unknownType.value as Unknown, what);
      return;
    }
    // A new `log_publishing_options` block can only be written when there is none (the edit would merge into it).
    const target = domain.target;
    const fixes: PlannedFix[] =
      items.length === 0
        ? [
            {
              id: 'publish-audit-logs',
              title: TITLE,
              safety: 'unsafe',
              ops: [
                { op: 'set', location: { target, path: ['log_publishing_options', 'log_type'] }, value: lit('AUDIT_LOGS') },
                { op: 'set', location: { target, path: ['log_publishing_options', 'cloudwatch_log_group_arn'] }, value: logGroup(domain) },
              ],
            },
          ]
        : [];
    ctx.report(domain, 'The domain does not publish audit logs.', { fixes });
  },
});
