// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

/** TLS_1_2, or one of the newer enhanced policies (`SecurityPolicy_TLS13_1_3_2025_09`, `SecurityPolicy_TLS13_1_2_...`). */
const MODERN = /^(TLS_1_2|SecurityPolicy_TLS1[23]_1_[23]_.*)$/;

export default defineCatalogRule({
  kind: 'aws.apigateway.domain-name',
  meta: {
    id: 'AWS-APIGATEWAY-003',
    name: 'apigateway-domain-tls12',
    title: 'API Gateway custom domains require TLS 1.2',
    severity: 'medium',
    description: 'REST API custom domain names use the security policy `TLS_1_2` (or a newer TLS 1.2+ policy). Without one, API Gateway accepts TLS 1.0.',
    rationale:
      'Custom domains are how clients reach the API. Accepting TLS 1.0 and 1.1 keeps protocol versions with known weaknesses available to anyone who asks for them, including an attacker forcing a downgrade.',
    remediation:
      'Terraform: set `security_policy = "TLS_1_2"` on the `aws_api_gateway_domain_name`. CloudFormation: set `SecurityPolicy: TLS_1_2` on the `AWS::ApiGateway::DomainName`. Clients that only speak TLS 1.0/1.1 can no longer connect, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_api_gateway_domain_name'], cloudformation: ['AWS::ApiGateway::DomainName'] },
    aliases: { checkov: ['CKV_AWS_206'], trivy: ['AVD-AWS-0005'], tfsec: ['aws-api-gateway-use-secure-tls-policy', 'aws-apigateway-use-secure-tls-policy'], cfn_nag: ['W62'] },
    fix: 'unsafe',
  },
  check(domain, ctx) {
    const policy = domain.attrs.securityPolicy;
    if (policy.value instanceof Unknown) {
      ctx.cannotVerify(policy, policy.value, 'the TLS security policy of the domain');
      return;
    }
    if (typeof policy.value === 'string' && MODERN.test(policy.value)) return;
    const fixes = setFix('tls12', 'Require TLS 1.2', 'unsafe', [policy, lit('TLS_1_2')]);
    ctx.report(policy, policy.present ? `The security policy ${JSON.stringify(policy.value)} allows TLS 1.0.` : 'No security policy is set, so the domain accepts TLS 1.0 (the default).', { fixes });
  },
});
