// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.lambda.function',
  meta: {
    id: 'AWS-LAMBDA-004',
    name: 'lambda-tracing',
    title: 'Lambda functions have active X-Ray tracing',
    severity: 'low',
    description: 'Lambda functions use the tracing mode `Active`, so every invocation is sampled into AWS X-Ray. The default, `PassThrough`, traces only requests that arrive already traced.',
    rationale:
      'Traces show which downstream calls an invocation made and where time and errors came from. For monitoring and incident analysis they tie a failing or abusive request to the services it touched, which logs alone rarely do.',
    remediation:
      'Terraform: add `tracing_config { mode = "Active" }` to the `aws_lambda_function`. CloudFormation: set `TracingConfig.Mode: Active`. The execution role needs `xray:PutTraceSegments` and `xray:PutTelemetryRecords` (e.g. the AWSXRayDaemonWriteAccess policy), or the update fails, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
    ...byConcept('application-monitoring'),
    levels: {},
    resourceTypes: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function'] },
    aliases: { checkov: ['CKV_AWS_50'], trivy: ['AVD-AWS-0066'], tfsec: ['aws-lambda-enable-tracing'] },
    fix: 'unsafe',
  },
  check(fn, ctx) {
    const mode = fn.attrs.tracingMode;
    requireValue(ctx, mode, 'Active', 'the tracing mode',
      mode.present ? `The tracing mode is ${JSON.stringify(mode.value)}, not Active.` : 'Active tracing is not enabled (the default mode is PassThrough).',
      { id: 'active-tracing', title: 'Enable active tracing', safety: 'unsafe' });
  },
});
