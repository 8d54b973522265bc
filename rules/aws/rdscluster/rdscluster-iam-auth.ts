// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.rds.cluster',
  meta: {
    id: 'AWS-RDSCLUSTER-004',
    name: 'rdscluster-iam-auth',
    title: 'RDS and Aurora DB clusters allow IAM database authentication',
    severity: 'low',
    description:
      'RDS DB clusters enable IAM database authentication, so database users can sign in with short-lived IAM tokens instead of long-lived passwords.',
    rationale:
      'Passwords stored in applications and scripts tend to spread and are rarely rotated. IAM authentication issues tokens valid for minutes, ties database access to IAM identities that are already reviewed and revoked centrally, and records sign-ins in CloudTrail. Turning it on does not disable password sign-in.',
    remediation:
      'Terraform: set `iam_database_authentication_enabled = true` on the `aws_rds_cluster`. CloudFormation: set `EnableIAMDatabaseAuthentication: true`. Then grant `rds_iam` (PostgreSQL) or the AWSAuthenticationPlugin (MySQL) to the database users that should use it.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html'],
    ...byConcept('credential-lifecycle'),
    levels: {},
    resourceTypes: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
    aliases: { checkov: ['CKV_AWS_162'] },
    fix: 'safe',
  },
  check(r, ctx) {
    const a = r.attrs.iamAuth;
    requireValue(ctx, a, true, 'whether IAM database authentication is enabled', a.present ? 'IAM database authentication is turned off for this DB cluster.' : 'IAM database authentication is not enabled for this DB cluster (it is off by default).', {
      id: 'enable',
      title: 'Enable IAM database authentication (password sign-in keeps working)',
      safety: 'safe',
    });
  },
});
