// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, Unknown } from '../../api';
import { attrName } from '../../lib/rds';

/** A CloudFormation dynamic reference resolves at deploy time from SSM or Secrets Manager. */
function isDynamicReference(s: string): boolean {
  return /\{\{resolve:(secretsmanager|ssm-secure|ssm):/.test(s);
}

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-008',
    name: 'rds-no-literal-master-password',
    title: 'RDS master passwords are not written in the code',
    severity: 'critical',
    description:
      'The master password of an RDS DB instance is not a literal string in the configuration: it comes from Secrets Manager (RDS-managed master password, a dynamic reference) or from an input that is kept out of the source.',
    rationale:
      'A password in a Terraform or CloudFormation file is copied to every clone of the repository, every CI log and every fork, and it outlives the people who should know it. It cannot be rotated without a code change, and whoever can read the code can log in to the database as its administrator.',
    remediation:
      'Terraform: remove `password` and set `manage_master_user_password = true` so RDS generates the password and keeps it in Secrets Manager (or read it from `aws_secretsmanager_secret_version` / a `sensitive` variable). CloudFormation: remove `MasterUserPassword` and set `ManageMasterUserPassword: true`, or use a dynamic reference such as `{{resolve:secretsmanager:my-secret:SecretString:password}}`. Then rotate the password: the old one is in the version history. No quick fix is offered: the right change removes the attribute and depends on how secrets are managed, and the exposed password has to be rotated anyway.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html'],
    ...byConcept('secrets-in-code'),
    levels: {},
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { cfn_nag: ['F23'], guard: ['RDS_MASTER_USER_PASSWORD_NO_PLAINTEXT_PASSWORD'] },
    fix: 'none',
  },
  check(db, ctx) {
    const pw = db.masterPassword;
    // A variable, parameter, reference or function is by definition not a literal in the code: the
    // question the rule asks is answered, whatever the value turns out to be.
    if (!pw.present || pw.value instanceof Unknown || typeof pw.value !== 'string') return;
    if (pw.value === '' || isDynamicReference(pw.value)) return;
    ctx.report(pw, `The master password is written in the code as a literal string (${attrName(db, 'password', 'MasterUserPassword')}): anyone who can read the repository can log in as the database administrator.`, { secret: true });
  },
});
