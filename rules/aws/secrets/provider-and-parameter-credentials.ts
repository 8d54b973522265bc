// SPDX-License-Identifier: Apache-2.0
import { defineRule, setFix, Unknown } from '../../api';
import type { CredentialSetting, Value } from '../../api';
import { decodedBase64, findSecrets, hidden, mask } from '../../lib/secret-values';

/** AWS access key ids: long-term (AKIA), temporary (ASIA) and the rarer prefixes. */
const KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
/** A secret access key: 40 characters of the base64 alphabet. */
const SECRET_KEY = /^[A-Za-z0-9/+=]{40}$/;
/** A session token: a long base64 string (hundreds of characters in practice). */
const SESSION_TOKEN = /^[A-Za-z0-9/+=]{100,}$/;
/** A JSON Web Token: three base64url parts, the first two JSON objects (`eyJ` is `{"`). */
const JWT = /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** AWS's documented example credentials. */
const EXAMPLE = /EXAMPLE/;

/**
 * What a provider argument's literal value is, masked, or null when it is not a credential: LocalStack and
 * test configurations write `access_key = "test"` or `"mock_access_key"`, which open nothing.
 */
function providerCredential(s: CredentialSetting, v: string): string | null {
  const t = v.trim();
  if (EXAMPLE.test(t)) return null;
  switch (s.kind) {
    case 'access-key':
      return KEY_ID.test(t) ? `an AWS access key id (${mask(t)})` : null;
    case 'secret-key':
      return SECRET_KEY.test(t) && decodedBase64(t) === null ? `an AWS secret access key (${hidden(t)})` : null;
    case 'session-token':
      return SESSION_TOKEN.test(t) ? `an AWS session token (${hidden(t)})` : null;
    case 'web-identity-token':
      return JWT.test(t) ? `a web identity token (${hidden(t)})` : null;
    default:
      return null;
  }
}

export default defineRule({
  target: 'credentialSettings',
  meta: {
    id: 'AWS-SECRETS-003',
    name: 'provider-and-parameter-credentials',
    title: 'Provider credentials and NoEcho parameter defaults are not written in code',
    severity: 'critical',
    description:
      'Terraform: a `provider "aws"` block does not hold AWS credentials as literal values (or variable defaults): an access key id in `access_key`, a 40-character secret key in `secret_key`, a session token in `token`, a JWT in `assume_role_with_web_identity.web_identity_token`. Placeholder values used with LocalStack or mocks (`"test"`, `"mock_access_key"`) and AWS\'s `EXAMPLE` keys are not credentials and are not flagged; values from variables without a default, environment variables and profiles are the right way and are not flagged either. CloudFormation: a parameter declared `NoEcho: true` has no `Default` (any other credential found by value in the default is also named). Values are never shown: key ids show their first four characters and length, everything else only its length.',
    rationale:
      'Credentials in a provider block are in every clone of the repository and every CI log that prints the configuration, and they are long-term keys more often than not: whoever reads them acts as that IAM user until the key is revoked. A NoEcho parameter says its value is secret, yet a Default written next to it is plain text in the template, in the stack\'s template history and in every copy of the file, and it is what gets deployed when nobody overrides it.',
    remediation:
      'Revoke and rotate the exposed credential first. Terraform: remove the arguments and let the provider find credentials the usual way (environment variables, a shared profile, an instance or task role, OIDC in CI), or pass them through variables without defaults; the quick fix replaces a literal with a new variable (unsafe: you supply the value at plan time). CloudFormation: remove the `Default` of the NoEcho parameter and pass the value at deploy time, or better, read it with a `{{resolve:secretsmanager:...}}` dynamic reference.',
    links: [
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
    ],
    frameworks: {
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['IA-5', 'SC-28'],
      'nist-csf-2.0': ['PR.AA-01', 'PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept like AWS-SECRETS-001 (protection of authenticators: SOC 2 CC6.1, NIST IA-5/SC-28, CSF PR.AA-01/PR.DS-01).',
    resourceTypes: { terraform: ['provider "aws"'], cloudformation: ['Parameters (NoEcho: true with a Default)'] },
    aliases: { checkov: ['CKV_AWS_41'] },
    fix: 'unsafe',
  },
  check(s, ctx) {
    const attr = s.value;
    const v = attr.value;
    // A value from a variable without a default, an environment or a data source is not written here.
    if (v instanceof Unknown || v === undefined || v === null) return;
    if (s.kind === 'noecho-default') {
      const also = findSecrets(attr.raw as Value).map((f) => f.kind);
      const what = also.length > 0 ? `${also[0]} (${String(v).length} characters, not shown)` : `a value (${String(v).length} characters, not shown)`;
      ctx.report(attr, `Parameter ${s.name} is declared NoEcho (secret) but its Default holds ${what}: the default is plain text in the template and is deployed whenever no value is passed. Remove the Default; pass the value at deploy time or use a Secrets Manager dynamic reference.`, { secret: true });
      return;
    }
    if (typeof v !== 'string') return;
    const found = providerCredential(s, v);
    if (!found) return;
    // Through a variable default or a var file: the fix would have to change that value; none then.
    const fromDefault = (attr.via ?? []).length > 0;
    const variable = { access_key: 'aws_access_key_id', secret_key: 'aws_secret_access_key', token: 'aws_session_token' }[s.name] ?? 'aws_web_identity_token';
    const fixes = fromDefault ? [] : setFix('move-to-variable', 'Read the credential from a new variable (rotate the exposed one too)', 'unsafe', [attr, { kind: 'placeholder', name: variable, description: 'An AWS credential: pass it at plan time (TF_VAR_...), never in code' }]);
    ctx.report(attr, `The AWS provider's ${s.name} holds ${found} written in the code. Revoke and rotate it, then let the provider read credentials from the environment, a profile or a role.`, { fixes, secret: true });
  },
});
