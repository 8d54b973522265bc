// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix } from '../../api';
import type { Attr, Value } from '../../api';
import { findSecrets } from '../../lib/secret-values';

const WHERE: Record<string, string> = {
  environment: 'the environment variables',
  userData: 'the user data',
  userDataBase64: 'the user data',
  templateUserData: 'the user data',
  parameterValue: 'the parameter value',
  parameterInsecureValue: 'the parameter value',
  containerDefinitions: 'the container definitions',
  containerProperties: 'the container properties',
};

export default defineCatalogRule({
  kind: 'aws.secrets.carrier',
  meta: {
    id: 'AWS-SECRETS-001',
    name: 'hardcoded-credential-values',
    title: 'No credentials are written in code by value',
    severity: 'critical',
    description:
      'Recognises credentials by their value, whatever the setting is called: AWS access key ids (`AKIA...`, `ASIA...`), AWS secret access keys (40 characters next to their usual name), PEM private keys and GitHub and Slack tokens, in Lambda environments, EC2 user data (instances, launch templates, launch configurations), SSM parameters that are not `SecureString`, ECS container definitions and Batch container properties. Base64 text is decoded before it is read (`user_data_base64`, `base64encode(...)`, `Fn::Base64` of a literal, launch template user data, any base64 literal), and so is the known text around unknown parts of a string (`!Sub` with `${AWS::Region}`). AWS\'s documented example keys (containing `EXAMPLE`) are ignored. Messages never repeat a value: key ids and tokens show their first four characters (which tell what they are) and length, secret keys only their length.',
    rationale:
      'A key written into a template is in every clone of the repository, every plan and state file and every deployed configuration, where anyone with read access to those can copy it. AWS keys in public repositories are found and abused within minutes; a leaked private key lets anyone impersonate the server or user it belongs to.',
    remediation:
      'Revoke and rotate the credential first: it must be treated as leaked. Then keep it out of code: an instance, task or function role instead of AWS keys; Secrets Manager or an SSM `SecureString` read at run time (CloudFormation `{{resolve:secretsmanager:...}}`, ECS `secrets`) for everything else. For an SSM parameter the quick fix moves the value to a sensitive variable or NoEcho parameter (unsafe: you supply it at deploy time).',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html'],
    frameworks: {
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['IA-5', 'SC-28'],
      'nist-csf-2.0': ['PR.AA-01', 'PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation (CIS 1.17 only asks for instance roles); mapped by control concept (protection of authenticators: SOC 2 CC6.1, NIST IA-5/SC-28, CSF PR.AA-01/PR.DS-01).',
    resourceTypes: {
      terraform: ['aws_lambda_function', 'aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_ssm_parameter', 'aws_ecs_task_definition', 'aws_batch_job_definition'],
      cloudformation: ['AWS::Lambda::Function', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::SSM::Parameter', 'AWS::ECS::TaskDefinition', 'AWS::Batch::JobDefinition'],
    },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const isParameter = r.sourceType === 'aws_ssm_parameter' || r.sourceType === 'AWS::SSM::Parameter';
    // A SecureString is encrypted with KMS and kept out of most read paths; its value in code is RDS-008's
    // kind of problem, not a leaked setting.
    if (isParameter && r.attrs.parameterType!.value === 'SecureString') return;
    for (const [name, where] of Object.entries(WHERE)) {
      if (!isParameter && name.startsWith('parameter')) continue;
      const attr = r.attrs[name] as Attr<unknown> | undefined;
      if (!attr?.present) continue;
      const found = findSecrets(attr.raw as Value);
      if (found.length === 0) continue;
      const list = found.slice(0, 3).map((f) => `${f.kind} (${f.masked}${f.path ? ` at ${f.path}` : ''}${f.encoded ? ', base64-encoded' : ''})`).join('; ');
      const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
      const input = placeholder(r, 'parameter_value', 'The parameter value (a credential: pass it at deploy time, never in code)');
      const fixable = isParameter && typeof attr.raw === 'string';
      ctx.report(attr, `${where[0]!.toUpperCase()}${where.slice(1)} hold${where.endsWith('s') ? '' : 's'} ${list}${more} written in the code. Revoke and rotate it, then read it from a role or a secret store at run time.`, {
        fixes: fixable ? setFix('move-to-input', 'Move the value to a deploy-time input (rotate the exposed credential too)', 'unsafe', [attr, input]) : [],
        secret: true,
      });
    }
  },
});
