// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-006',
    name: 'opensearch-fine-grained-access-control',
    title: 'OpenSearch domains use fine-grained access control',
    severity: 'medium',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains enable fine-grained access control (advanced security options), so permissions are granted per index, document and field to mapped roles.',
    rationale:
      'Without fine-grained access control, whoever passes the domain access policy can read and change every index. Role-based permissions keep each application and analyst to the data they need, and they are a prerequisite for audit logs.',
    remediation:
      'Terraform: add `advanced_security_options { enabled = true, ... }` with an IAM master user ARN or an internal user database. CloudFormation: set `AdvancedSecurityOptions.Enabled: true` with `MasterUserOptions`. It also requires HTTPS, node-to-node encryption and encryption at rest. The quick fix enables it with an IAM master user and adds a variable / parameter for that role or user ARN.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html'],
    ...byConcept('least-privilege'),
    levels: {},
    resourceTypes: { terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'], cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'] },
    aliases: { checkov: ['CKV2_AWS_52'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.fineGrainedAccessControl;
    if (a.value instanceof Unknown) {
      ctx.cannotVerify(a, a.value, 'whether fine-grained access control is enabled');
      return;
    }
    if (a.value === true) return;
    const master = r.attrs.masterUserArn;
    const sets: [Attr<unknown>, FixValue][] = [[a, lit(true)]];
    if (!master.present) {
      sets.push([
        master,
        placeholder(r, 'opensearch_master_user_arn', 'ARN of the IAM role or user that administers the OpenSearch domain'),
      ]);
    }
    ctx.report(a, a.present ? 'Fine-grained access control is turned off for this domain.' : 'The domain does not enable fine-grained access control (it is off by default).', {
      fixes: setFix('enable', 'Enable fine-grained access control with an IAM master user (adds a variable for its ARN)', 'unsafe', ...sets),
    });
  },
});
