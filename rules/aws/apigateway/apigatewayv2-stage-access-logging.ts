// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { multiFix, opsFor } from '../../lib/catalog-fix';
import { ACCESS_LOG_FORMAT, checkAccessLogFormat } from './apigateway-stage-access-logging';

export default defineCatalogRule({
  kind: 'aws.apigatewayv2.stage',
  meta: {
    id: 'AWS-APIGATEWAY-002',
    name: 'apigatewayv2-stage-access-logging',
    title: 'API Gateway HTTP and WebSocket API stages write access logs',
    severity: 'medium',
    description: 'Every HTTP or WebSocket API stage (API Gateway v2) sends access logs to a CloudWatch Logs group (`access_log_settings` / `AccessLogSettings`), with a log format: a `DestinationArn` without `Format` (or an empty one) turns nothing on.',
    rationale:
      'Access logs are the request-level record of API use: caller address, route, status and latency. They are what detection and incident response rely on for an internet-facing API, and they cannot be recovered once a request has passed unlogged.',
    remediation:
      'Terraform: add `access_log_settings { destination_arn = <log group ARN>, format = <format> }` to the `aws_apigatewayv2_stage`. CloudFormation: set `AccessLogSettings.DestinationArn` and `Format` on the `AWS::ApiGatewayV2::Stage`. The quick fix adds a variable/parameter for the log group ARN and a JSON format.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
    frameworks: {
      'soc2-2017': ['CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'nist-csf-2.0': ['DE.CM-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS v5/v3/v1.4 Foundations recommendation; mapped by control concept (logging of API front ends: SOC 2 CC7.2, NIST AU-2/AU-12, CSF DE.CM-01).',
    resourceTypes: { terraform: ['aws_apigatewayv2_stage'], cloudformation: ['AWS::ApiGatewayV2::Stage'] },
    aliases: { checkov: ['CKV_AWS_76', 'CKV_AWS_95'], trivy: ['AVD-AWS-0001'], tfsec: ['aws-api-gateway-enable-access-logging'], cfn_nag: ['W46'] },
    fix: 'unsafe',
  },
  check(stage, ctx) {
    const dest = stage.attrs.accessLogDestination!;
    if (dest.value instanceof Unknown) {
      if (!isResourceAttribute(dest.value)) ctx.cannotVerify(dest, dest.value, 'where the stage writes access logs');
      else checkAccessLogFormat(stage, ctx);
      return;
    }
    if (dest.present && dest.value !== '') {
      checkAccessLogFormat(stage, ctx);
      return;
    }
    const format = stage.attrs.accessLogFormat!;
    const writes = [opsFor(stage, 'accessLogDestination', placeholder(stage, 'api_access_log_arn', 'ARN of the CloudWatch Logs group for API access logs'))];
    if (!format.present) writes.push(opsFor(stage, 'accessLogFormat', lit(ACCESS_LOG_FORMAT)));
    ctx.report(dest, 'The stage does not write access logs.', { fixes: multiFix('enable-access-logs', 'Enable access logs (adds a variable for the log group)', 'unsafe', writes) });
  },
});
