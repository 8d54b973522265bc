// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, localName, placeholder, Unknown } from '../../api';
import type { CatalogResource, EditTarget, FixValue, PlannedFix } from '../../api';
import { linkIndex, maxAddress, perModel } from '../../lib/joins';


/** Adds a rotation schedule for the secret, with a variable / parameter for the rotation function. */
function addRotation(secret: CatalogResource): PlannedFix[] {
  const t = secret.target;
  const name = localName(secret);
  const lambda: FixValue = placeholder(secret, 'secret_rotation_lambda_arn', 'ARN of the Lambda function that rotates the secret');
  let target: EditTarget;
  let values: [string[], FixValue][];
  if (t.platform === 'terraform' && t.kind === 'block') {
    target = {
      platform: 'terraform',
      kind: 'new-resource',
      file: t.file,
      after: t.block,
      resourceType: 'aws_secretsmanager_secret_rotation',
      name,
      preamble: [['secret_id', { kind: 'reference', terraform: `${secret.address}.id`, cloudformation: { ref: name } }]],
    };
    values = [
      [['rotation_lambda_arn'], lambda],
      [['rotation_rules', 'automatically_after_days'], lit(30)],
    ];
  } else if (t.platform === 'cloudformation' && t.kind === 'resource') {
    target = {
      platform: 'cloudformation',
      kind: 'new-resource',
      file: t.file,
      after: t.resource,
      logicalId: `${name}Rotation`,
      resourceType: 'AWS::SecretsManager::RotationSchedule',
      preamble: [['SecretId', { kind: 'reference', terraform: name, cloudformation: { ref: name } }]],
    };
    values = [
      [['RotationLambdaARN'], lambda],
      [['RotationRules', 'AutomaticallyAfterDays'], lit(30)],
    ];
  } else {
    return [];
  }
  return [{ id: 'add-rotation', title: 'Rotate the secret every 30 days (adds a variable for the rotation function)', safety: 'unsafe', ops: [{ op: 'create', target, values }] }];
}

export default defineCatalogRule({
  kind: 'aws.secretsmanager.secret',
  meta: {
    id: 'AWS-SECRETSMANAGER-002',
    name: 'secretsmanager-rotation-enabled',
    title: 'Secrets Manager secrets have automatic rotation',
    severity: 'medium',
    description:
      'Each Secrets Manager secret has a rotation schedule in the same module or template (`aws_secretsmanager_secret_rotation` / `AWS::SecretsManager::RotationSchedule`).',
    rationale:
      'A credential that never changes stays valid wherever it has leaked: old laptops, logs, former employees\' notes. Automatic rotation limits how long a leaked secret is useful, and makes rotation a routine that works when an incident requires it.',
    remediation:
      'Terraform: add an `aws_secretsmanager_secret_rotation` with `secret_id = aws_secretsmanager_secret.<name>.id` and `rotation_rules { automatically_after_days = 30 }` (plus a rotation Lambda unless the secret type has managed rotation). CloudFormation: add an `AWS::SecretsManager::RotationSchedule` with `SecretId: !Ref <Secret>` and `RotationRules`. The quick fix adds a 30-day rotation schedule and a variable / parameter for the rotation function, which depends on the kind of secret.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
    ...byConcept('credential-lifecycle'),
    levels: {},
    resourceTypes: { terraform: ['aws_secretsmanager_secret'], cloudformation: ['AWS::SecretsManager::Secret'] },
    aliases: { checkov: ['CKV2_AWS_57'] },
    fix: 'unsafe',
  },
  check(secret, ctx) {
    // A rotation whose `secret_id` / `SecretId` references this secret (`aws_secretsmanager_secret.x.id`,
    // `!Ref X`, `!GetAtt X.Id`), by lookup (rules/lib/joins.ts).
    const { index, unresolved } = perModel(ctx.model, `secret-rotation:${secret.platform}`, () => {
      const rotations = catalogOf(ctx.model, 'aws.secretsmanager.rotation').filter((r) => r.platform === secret.platform);
      return {
        index: linkIndex(rotations, 'secretId', maxAddress(catalogOf(ctx.model, 'aws.secretsmanager.secret'))),
        // A rotation whose secret is a variable, a parameter or a literal name might be this secret's.
        unresolved: rotations.find((r) => {
          const v = r.attrs.secretId.value;
          return v !== undefined && !(v instanceof Unknown && (v.detail.startsWith('aws_secretsmanager_secret.') || /^the (resource|attribute) /.test(v.detail)));
        }),
      };
    });
    const rotated =
      secret.platform === 'terraform' ? index.byDotPrefix.has(secret.address) : index.byDetail.has(`the resource ${secret.address}`) || index.byDotPrefix.has(`the attribute ${secret.address}`);
    if (rotated) return;
    if (unresolved) {
      const id = unresolved.attrs.secretId;
      if (id.value instanceof Unknown) {
        ctx.cannotVerify(secret, id.value, 'whether the secret is rotated');
        return;
      }
      ctx.cannotVerify(secret, new Unknown('reference', id.ref.span, `the secret named ${JSON.stringify(id.raw)}`), 'whether the secret is rotated');
      return;
    }
    ctx.report(secret, 'The secret has no rotation schedule in this module or template.', { fixes: addRotation(secret) });
  },
});
