// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

/** HTTP API routes (`GET /orders`, `ANY /{proxy+}`); WebSocket routes allow authorization only on `$connect`. */
const HTTP_ROUTE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|ANY)\s+\//i;

export default defineCatalogRule({
  kind: 'aws.apigatewayv2.route',
  meta: {
    id: 'AWS-APIGATEWAY-007',
    name: 'apigatewayv2-route-authorization',
    title: 'API Gateway HTTP API routes and WebSocket connects require authorization',
    severity: 'medium',
    description:
      'HTTP API routes (`METHOD /path`) and WebSocket `$connect` routes use an authorizer (`AWS_IAM`, `JWT` or `CUSTOM`). The default authorization type is `NONE`. `OPTIONS` routes, `$default` and other WebSocket routes are left alone; routes that are public on purpose can be suppressed.',
    rationale:
      'A route without authorization is callable by anyone who knows the endpoint, and its integration (a Lambda function, a private service through a VPC link) is exposed without any identity attached to the calls.',
    remediation:
      'Terraform: set `authorization_type` to `AWS_IAM`, `JWT` or `CUSTOM` (with `authorizer_id`) on the `aws_apigatewayv2_route`. CloudFormation: set `AuthorizationType` likewise on the `AWS::ApiGatewayV2::Route`. The quick fix requires IAM-signed requests, which breaks anonymous callers, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html'],
    ...byConcept('authenticated-interfaces'),
    levels: {},
    resourceTypes: { terraform: ['aws_apigatewayv2_route'], cloudformation: ['AWS::ApiGatewayV2::Route'] },
    aliases: { checkov: ['CKV_AWS_309'] },
    fix: 'unsafe',
  },
  check(route, ctx) {
    const key = route.attrs.routeKey;
    if (key.value instanceof Unknown) {
      ctx.cannotVerify(key, key.value, 'which route this is');
      return;
    }
    if (typeof key.value !== 'string') return;
    const k = key.value.trim();
    if (!(k === '$connect' || (HTTP_ROUTE.test(k) && !/^OPTIONS\s/i.test(k)))) return;
    const auth = route.attrs.authorizationType;
    if (auth.value instanceof Unknown) {
      ctx.cannotVerify(auth, auth.value, 'the route\'s authorization type');
      return;
    }
    if (typeof auth.value === 'string' && auth.value.toUpperCase() !== 'NONE') return;
    ctx.report(auth, `The route ${JSON.stringify(k)} has no authorization: anyone can call it.`, {
      fixes: setFix('require-iam', 'Require IAM authorization', 'unsafe', [auth, lit('AWS_IAM')]),
    });
  },
});
