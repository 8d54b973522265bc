// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { multiFix, opsFor } from '../../lib/catalog-fix';
import type { CatalogResource, CheckContext } from '../../api';

/** A JSON access log line with the fields an investigation needs. */
export const ACCESS_LOG_FORMAT =
  '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","path":"$context.path","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength"}';

/**
 * A stage that names a log destination writes access logs only with a format as well (API Gateway needs
 * both to turn access logging on, for REST and for HTTP/WebSocket APIs): a missing or empty format is a
 * finding, with a fix that writes ACCESS_LOG_FORMAT.
 */
export function checkAccessLogFormat(stage: CatalogResource, ctx: CheckContext): void {
  const format = stage.attrs.accessLogFormat!;
  if (format.value instanceof Unknown) {
    if (!isResourceAttribute(format.value)) ctx.cannotVerify(format, format.value, 'the access log format (without one no access logs are written)');
    return;
  }
  if (typeof format.value === 'string' && format.value.trim() !== '') return;
  const name = stage.platform === 'terraform' ? 'format' : 'Format';
  ctx.report(format.present ? format : stage.attrs.accessLogDestination!, `The stage names an access log destination but ${format.present ? `an empty ${name}` : `no ${name}`}: API Gateway turns access logging on only when both are set, so no access logs are written.`, {
    fixes: multiFix('add-format', 'Add a JSON access log format', 'unsafe', [opsFor(stage, 'accessLogFormat', lit(ACCESS_LOG_FORMAT))]),
  });
}

export default defineCatalogRule({
  kind: 'aws.apigateway.stage',
  meta: {
    id: 'AWS-APIGATEWAY-001',
    name: 'apigateway-stage-access-logging',
    title: 'API Gateway REST API stages write access logs',
    severity: 'medium',
    description: 'Every REST API stage sends access logs to a CloudWatch Logs group or Kinesis Data Firehose stream (`access_log_settings` / `AccessLogSetting`), with a log format: a destination without `format` / `Format` turns nothing on.',
    rationale:
      'Access logs record who called which API method, from where, and with what result. Without them there is no trail to investigate credential abuse, scraping or attacks against the API, and no way to reconstruct one later.',
    remediation:
      'Terraform: add `access_log_settings { destination_arn = <log group ARN>, format = <JSON format> }` to the `aws_api_gateway_stage`. CloudFormation: set `AccessLogSetting.DestinationArn` (and `Format`) on the `AWS::ApiGateway::Stage`. The quick fix adds a variable/parameter for the destination ARN and a JSON format.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    frameworks: {
      'soc2-2017': ['CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'nist-csf-2.0': ['DE.CM-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS v5/v3/v1.4 Foundations recommendation; mapped by control concept (logging of API front ends: SOC 2 CC7.2, NIST AU-2/AU-12, CSF DE.CM-01).',
    resourceTypes: { terraform: ['aws_api_gateway_stage'], cloudformation: ['AWS::ApiGateway::Stage'] },
    aliases: { checkov: ['CKV_AWS_76'], trivy: ['AVD-AWS-0001'], tfsec: ['aws-api-gateway-enable-access-logging'], cfn_nag: ['W69'] },
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
    const writes = [opsFor(stage, 'accessLogDestination', placeholder(stage, 'api_access_log_arn', 'ARN of the CloudWatch Logs group (or Firehose stream) for API access logs'))];
    if (!format.present) writes.push(opsFor(stage, 'accessLogFormat', lit(ACCESS_LOG_FORMAT)));
    ctx.report(dest, 'The stage does not write access logs.', { fixes: multiFix('enable-access-logs', 'Enable access logs (adds a variable for the destination)', 'unsafe', writes) });
  },
});
