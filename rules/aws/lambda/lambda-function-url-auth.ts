// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.lambda.function-url',
  meta: {
    id: 'AWS-LAMBDA-001',
    name: 'lambda-function-url-auth',
    title: 'Lambda function URLs require IAM authentication',
    severity: 'high',
    description: 'Lambda function URLs use the authorization type `AWS_IAM`; `NONE` makes the function callable by anyone on the internet who knows the URL.',
    rationale:
      'A function URL with no authentication is a public HTTPS endpoint that bypasses API Gateway, WAF and any central access control. Anyone who finds the URL can invoke the function, run up cost and reach whatever its role can touch.',
    remediation:
      'Terraform: set `authorization_type = "AWS_IAM"` on the `aws_lambda_function_url` and grant `lambda:InvokeFunctionUrl` to the callers. CloudFormation: set `AuthType: AWS_IAM` on the `AWS::Lambda::Url`. If the function must be public, put it behind API Gateway or CloudFront with WAF instead. Callers must then sign requests, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
    ...byConcept('authenticated-interfaces'),
    levels: {},
    resourceTypes: { terraform: ['aws_lambda_function_url'], cloudformation: ['AWS::Lambda::Url'] },
    aliases: { checkov: ['CKV_AWS_258'] },
    fix: 'unsafe',
  },
  check(url, ctx) {
    const auth = url.attrs.authType;
    if (auth.value instanceof Unknown) {
      ctx.cannotVerify(auth, auth.value, 'the function URL\'s authorization type');
      return;
    }
    if (typeof auth.value === 'string' && auth.value.toUpperCase() === 'AWS_IAM') return;
    if (!auth.present) return; // required by both languages: a missing value is a schema error, not a finding
    ctx.report(auth, 'The function URL has no authentication: anyone with the URL can invoke the function.', {
      fixes: setFix('require-iam', 'Require IAM authentication', 'unsafe', [auth, lit('AWS_IAM')]),
    });
  },
});
