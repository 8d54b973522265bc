// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, obj, setFix, Unknown } from '../../api';

const ON = new Set(['ERROR', 'INFO']);

export default defineCatalogRule({
  kind: 'aws.apigateway.method-settings',
  meta: {
    id: 'AWS-APIGATEWAY-004',
    name: 'apigateway-execution-logging',
    title: 'API Gateway REST API method settings turn on execution logging',
    severity: 'low',
    description:
      'REST API method settings log execution to CloudWatch at level `ERROR` or `INFO`. Terraform: each `aws_api_gateway_method_settings`; CloudFormation: each `MethodSettings` item of a stage, and a stage with no method settings at all (logging is off by default).',
    rationale:
      'Execution logs show how API Gateway handled each request: authorizer decisions, integration errors and throttling. They explain failures and rejected calls that access logs only count, which matters when investigating abuse or an outage.',
    remediation:
      'Terraform: set `settings { logging_level = "ERROR" }` (or `"INFO"`) in the `aws_api_gateway_method_settings` (add one with `method_path = "*/*"` per stage). CloudFormation: add a `MethodSettings` item with `ResourcePath: "/*"`, `HttpMethod: "*"` and `LoggingLevel: ERROR`. The account needs a CloudWatch role (`aws_api_gateway_account` / `AWS::ApiGateway::Account`), or the deployment fails, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_api_gateway_method_settings'], cloudformation: ['AWS::ApiGateway::Stage'] },
    fix: 'unsafe',
  },
  check(res, ctx) {
    if (res.platform === 'terraform') {
      const level = res.attrs.loggingLevel;
      if (level.value instanceof Unknown) {
        ctx.cannotVerify(level, level.value, 'the execution logging level');
        return;
      }
      if (typeof level.value === 'string' && ON.has(level.value.toUpperCase())) return;
      ctx.report(level, level.present ? `Execution logging is ${JSON.stringify(level.value)} for these methods.` : 'Execution logging is not enabled for these methods (it is off by default).', {
        fixes: setFix('log-errors', 'Log errors to CloudWatch', 'unsafe', [level, lit('ERROR')]),
      });
      return;
    }
    const settings = res.lists.methodSettings;
    if (settings.unknown) {
      ctx.cannotVerify(res, settings.unknown, 'the stage\'s method settings');
      return;
    }
    const items = settings.items;
    if (items.length === 0) {
      const fixes = res.target.platform === 'cloudformation'
        ? [{ id: 'log-errors', title: 'Log errors to CloudWatch for all methods', safety: 'unsafe' as const, ops: [{ op: 'set' as const, location: { target: res.target, path: ['MethodSettings', '0'] }, value: obj(['ResourcePath', lit('/*')], ['HttpMethod', lit('*')], ['LoggingLevel', lit('ERROR')]) }] }]
        : [];
      ctx.report(res, 'The stage has no method settings, so execution logging is off.', { fixes });
      return;
    }
    for (const item of items) {
      const level = item.attrs.loggingLevel;
      if (level.value instanceof Unknown) {
        ctx.cannotVerify(level, level.value, 'the execution logging level');
        continue;
      }
      if (typeof level.value === 'string' && ON.has(level.value.toUpperCase())) continue;
      const path = item.attrs.resourcePath.value;
      const which = typeof path === 'string' ? ` for ${path}` : '';
      ctx.report(level, level.present ? `Execution logging is ${JSON.stringify(level.value)}${which}.` : `Execution logging is not enabled${which} (it is off by default).`, {
        fixes: setFix('log-errors', 'Log errors to CloudWatch', 'unsafe', [level, lit('ERROR')]),
      });
    }
  },
});
