// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, isObjectValue, Unknown } from '../../api';

/** Names that suggest a credential... */
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|(^|_)KEY($|_)/i;
/** ...unless they name where the credential is kept, not the credential. */
const POINTER = /(_ARN|_ID|_NAME|_PATH|_FILE|_PARAM|_PARAMETER|_REF|_URL|_URI|_REGION|_ALIAS|_LENGTH|_TTL|_HEADER)$/i;
/** CloudFormation dynamic references resolve at deploy time from Secrets Manager / SSM. */
const DYNAMIC_REF = /^\{\{resolve:/;

export default defineCatalogRule({
  kind: 'aws.lambda.function',
  meta: {
    id: 'AWS-LAMBDA-003',
    name: 'lambda-env-secrets',
    title: 'Lambda environment variables do not hold literal secrets',
    severity: 'critical',
    description:
      'Lambda environment variables whose names suggest a credential (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*KEY*`...) are not set to a literal value in the template. References (a variable, parameter, secret or dynamic reference) are fine.',
    rationale:
      'A secret written into the configuration ends up in version control, plan files, the state and the function configuration, readable by anyone with `lambda:GetFunctionConfiguration`. It cannot be rotated without a redeploy and outlives every access review.',
    remediation:
      'Store the value in Secrets Manager or SSM Parameter Store and have the function read it at runtime (pass only the secret\'s ARN or name in the environment), or in CloudFormation use a `{{resolve:secretsmanager:...}}` dynamic reference. Rotate the exposed secret. There is no quick fix: the value must move out of the code.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'],
    ...byConcept('secrets-in-code'),
    levels: {},
    resourceTypes: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function'] },
    aliases: { checkov: ['CKV_AWS_45'] },
    fix: 'none',
  },
  check(fn, ctx) {
    const env = fn.attrs.environment;
    if (!env.present) return;
    const raw = env.raw;
    if (raw instanceof Unknown) {
      ctx.cannotVerify(env, raw, 'whether the environment variables hold literal secrets');
      return;
    }
    if (raw === undefined || !isObjectValue(raw)) return;
    const found: string[] = [];
    for (const [name, value] of Object.entries(raw)) {
      if (!SECRET_NAME.test(name) || POINTER.test(name)) continue;
      if (typeof value === 'string' && value.trim() !== '' && !DYNAMIC_REF.test(value)) found.push(name);
      else if (typeof value === 'number') found.push(name);
    }
    if (found.length === 0) return;
    ctx.report(env, `Environment variable${found.length > 1 ? 's' : ''} ${found.join(', ')} hold${found.length > 1 ? '' : 's'} a literal secret in the configuration.`);
  },
});
