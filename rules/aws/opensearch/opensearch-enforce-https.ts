// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { requireValue, show } from '../../lib/checks';

const TLS_1_2 = 'Policy-Min-TLS-1-2-2019-07';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-003',
    name: 'opensearch-enforce-https',
    title: 'OpenSearch domains require HTTPS with TLS 1.2 or later',
    severity: 'medium',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains enforce HTTPS on their endpoint and use a TLS security policy whose minimum version is TLS 1.2.',
    rationale:
      'Without enforced HTTPS, clients can send queries, credentials and documents in clear text. TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by most compliance programmes; a TLS 1.2 minimum policy refuses them.',
    remediation:
      'Terraform: add `domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }`. CloudFormation: set `DomainEndpointOptions.EnforceHTTPS: true` and `TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07`. Clients that only speak plain HTTP or old TLS stop working.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: {
      terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
      cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    },
    aliases: { checkov: ['CKV_AWS_228', 'CKV_AWS_83'], trivy: ['AVD-AWS-0046', 'AVD-AWS-0126'], tfsec: ['aws-elastic-search-enforce-https', 'aws-elastic-search-use-secure-tls-policy', 'aws-elasticsearch-use-secure-tls-policy'] },
    fix: 'unsafe',
  },
  check(domain, ctx) {
    const https = domain.attrs.enforceHttps;
    requireValue(ctx, https, true, 'whether the domain enforces HTTPS',
      https.present ? 'The domain accepts plain HTTP requests.' : 'The domain does not enforce HTTPS; its default depends on the provider version.',
      { id: 'enforce-https', title: 'Enforce HTTPS (plain-HTTP clients stop working)', safety: 'unsafe' });
    const policy = domain.attrs.tlsSecurityPolicy;
    if (policy.value instanceof Unknown) {
      ctx.cannotVerify(policy, policy.value, 'the domain\'s minimum TLS version');
      return;
    }
    if (typeof policy.value === 'string' && /^Policy-Min-TLS-1-[23]/.test(policy.value)) return;
    ctx.report(policy, policy.present ? `The TLS security policy ${show(policy.value)} allows TLS versions older than 1.2.` : 'The domain does not set a TLS security policy; the default allows TLS 1.0.', {
      fixes: setFix('tls-1-2', 'Require TLS 1.2 or later (old clients stop working)', 'unsafe', [policy, lit(TLS_1_2)]),
    });
  },
});
