// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.apigateway.method',
  meta: {
    id: 'AWS-APIGATEWAY-005',
    name: 'apigateway-method-authorization',
    title: 'API Gateway REST API methods require authorization',
    severity: 'medium',
    description:
      'REST API methods use an authorizer (IAM, Cognito or a Lambda authorizer) or at least require an API key. `OPTIONS` methods (CORS preflight) are left alone. Methods that are public on purpose can be suppressed.',
    rationale:
      'A method with authorization `NONE` and no API key can be called by anyone who finds the endpoint. Every backend it reaches, and every piece of data it returns, is then exposed to the internet without any identity attached to the calls.',
    remediation:
      'Terraform: set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` (with `authorizer_id`) on the `aws_api_gateway_method`. CloudFormation: set `AuthorizationType` likewise on the `AWS::ApiGateway::Method`. The quick fix requires IAM-signed requests, which breaks anonymous callers, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'],
    ...byConcept('authenticated-interfaces'),
    levels: {},
    resourceTypes: { terraform: ['aws_api_gateway_method'], cloudformation: ['AWS::ApiGateway::Method'] },
    aliases: { checkov: ['CKV_AWS_59'], trivy: ['AVD-AWS-0004'], tfsec: ['aws-api-gateway-no-public-access'], cfn_nag: ['W59'] },
    fix: 'unsafe',
  },
  check(method, ctx) {
    const verb = method.attrs.httpMethod.value;
    if (typeof verb === 'string' && verb.toUpperCase() === 'OPTIONS') return;
    const auth = method.attrs.authorization;
    if (auth.value instanceof Unknown) {
      ctx.cannotVerify(auth, auth.value, 'the method\'s authorization type');
      return;
    }
    if (typeof auth.value !== 'string' || auth.value.toUpperCase() !== 'NONE') return;
    const key = method.attrs.apiKeyRequired;
    if (key.value instanceof Unknown) {
      ctx.cannotVerify(key, key.value, 'whether the method requires an API key');
      return;
    }
    if (key.value === true) return;
    ctx.report(auth, auth.present ? 'The method has no authorization and requires no API key: anyone can call it.' : 'The method has no authorization (the default is NONE) and requires no API key: anyone can call it.', {
      fixes: setFix('require-iam', 'Require IAM authorization', 'unsafe', [auth, lit('AWS_IAM')]),
    });
  },
});
