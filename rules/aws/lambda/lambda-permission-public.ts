// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { isAnyonePrincipal } from '../../lib/resource-policy';

export default defineCatalogRule({
  kind: 'aws.lambda.permission',
  meta: {
    id: 'AWS-LAMBDA-002',
    name: 'lambda-permission-public',
    title: 'Lambda permissions do not let any principal invoke the function unconditionally',
    severity: 'high',
    description:
      'A Lambda permission (resource-based policy statement) with principal `*` (or an account wildcard such as `arn:aws:iam::*:root`) also names a source ARN, source account or organization; otherwise any AWS account, or anyone at all, may invoke the function.',
    rationale:
      'A wildcard principal with no condition makes the function part of a public policy: any account can call it, and a service principal without a source ARN lets other customers\' resources (their buckets, topics) trigger it on your bill — the confused-deputy problem.',
    remediation:
      'Terraform: set `principal` to a specific account or service and add `source_arn` / `source_account`, or `principal_org_id` for your organization, on the `aws_lambda_permission`. CloudFormation: the same with `Principal`, `SourceArn`, `SourceAccount` or `PrincipalOrgID` on the `AWS::Lambda::Permission`. The quick fix restricts the statement to an organization id (a variable/parameter), so it is unsafe.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
    ...byConcept('public-resource-policy', { remark: 'A Lambda permission is a statement of the function\'s resource policy.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_lambda_permission'], cloudformation: ['AWS::Lambda::Permission'] },
    aliases: { checkov: ['CKV_AWS_301'], cfn_nag: ['F13'] },
    fix: 'unsafe',
  },
  check(perm, ctx) {
    const principal = perm.attrs.principal;
    if (principal.value instanceof Unknown) {
      ctx.cannotVerify(principal, principal.value, 'who the permission applies to');
      return;
    }
    // `*`, or an account principal whose account is a wildcard (`arn:aws:iam::*:root`): anyone.
    if (!isAnyonePrincipal(principal.value)) return;
    const conditions = [perm.attrs.sourceArn, perm.attrs.sourceAccount, perm.attrs.principalOrgId];
    // A literal, a resource attribute (`aws_s3_bucket.x.arn`, `!GetAtt X.Arn`) or a pseudo parameter
    // (`AWS::AccountId`) is a real restriction; a variable or parameter may be empty.
    const restricts = (v: unknown): boolean => (v instanceof Unknown ? isResourceAttribute(v) || v.detail.startsWith('pseudo parameter') : typeof v === 'string' && v !== '');
    if (conditions.some((c) => c.present && restricts(c.value))) return;
    const unknown = conditions.find((c) => c.value instanceof Unknown);
    if (unknown) {
      ctx.cannotVerify(unknown, unknown.value as Unknown, 'whether the wildcard permission is restricted to a source');
      return;
    }
    const fixes = setFix('restrict-to-org', 'Restrict to your organization (adds a variable for its id)', 'unsafe', [
      perm.attrs.principalOrgId,
      placeholder(perm, 'organization_id', 'AWS Organizations id (o-...) whose accounts may invoke the function'),
    ]);
    ctx.report(principal, `Any principal may invoke the function: the permission has principal ${JSON.stringify(principal.value)}${principal.value === '*' ? '' : ' (any account)'} and no source ARN, source account or organization.`, { fixes });
  },
});
