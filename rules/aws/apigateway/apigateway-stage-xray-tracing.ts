// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.apigateway.stage',
  meta: {
    id: 'AWS-APIGATEWAY-006',
    name: 'apigateway-stage-xray-tracing',
    title: 'API Gateway REST API stages have X-Ray tracing',
    severity: 'low',
    description: 'REST API stages send traces of sampled requests to AWS X-Ray (`xray_tracing_enabled` / `TracingEnabled`). Tracing is off by default.',
    rationale:
      'Traces follow a request from the API through its integrations (Lambda, HTTP backends, AWS services), showing where it failed or slowed down. For monitoring and incident analysis that end-to-end view is what ties an anomaly at the edge to its cause.',
    remediation:
      'Terraform: set `xray_tracing_enabled = true` on the `aws_api_gateway_stage`. CloudFormation: set `TracingEnabled: true` on the `AWS::ApiGateway::Stage`. API Gateway writes traces through its service-linked role and requests are unaffected, so the quick fix is safe (X-Ray charges apply).',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html'],
    ...byConcept('application-monitoring'),
    levels: {},
    resourceTypes: { terraform: ['aws_api_gateway_stage'], cloudformation: ['AWS::ApiGateway::Stage'] },
    aliases: { checkov: ['CKV_AWS_73'], trivy: ['AVD-AWS-0003'], tfsec: ['aws-api-gateway-enable-tracing'] },
    fix: 'safe',
  },
  check(stage, ctx) {
    const tracing = stage.attrs.tracingEnabled;
    requireValue(ctx, tracing, true, 'whether X-Ray tracing is enabled',
      tracing.present ? 'X-Ray tracing is turned off for this stage.' : 'X-Ray tracing is not enabled for this stage (it is off by default).',
      { id: 'enable-tracing', title: 'Enable X-Ray tracing', safety: 'safe' });
  },
});
