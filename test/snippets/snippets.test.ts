// SPDX-License-Identifier: Apache-2.0
// Compliant-by-default snippets must be what they claim: expanded with their defaults, exactly as the
// server offers them (editor/snippets.ts), each parses cleanly and produces no violation of any rule. The
// only findings allowed are exceptions the snippet itself writes, with the reason next to them (MFA delete,
// which only the root user can turn on). Every snippet references only what it declares: Terraform ones
// declare what they connect to as variables; CloudFormation ones (inserted under `Resources`, where no
// `Parameters` can be added) declare every resource they use, and reference only those and pseudo
// parameters, with attributes their types have; the YAML and JSON forms are the same template.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, SNIPPETS } from '../../server/src/editor/snippets';
import { analyzeText } from '../support/fixture-runner';
import { parseJson, parseYaml, toPlain } from '../../server/src/parsers/cfn';
import type { FileAnalysis } from '../../server/src/service/analysis';

/** Azure snippets: Terraform only (azurerm has no CloudFormation form). */
const AZURE_PREFIXES = ['iac-azure-storage-account', 'iac-azure-key-vault', 'iac-azure-sql', 'iac-azure-nsg', 'iac-azure-vm', 'iac-azure-app-service', 'iac-azure-aks'];

/** The prefixes every language offers, so the three stay in step. */
const PREFIXES = [
  'iac-s3-bucket',
  'iac-cloudtrail',
  'iac-kms-key',
  'iac-vpc',
  'iac-security-group',
  'iac-rds-instance',
  'iac-ec2-instance',
  'iac-launch-template',
  'iac-iam-role',
  'iac-log-metric-alarm',
];

/** Exceptions a snippet may write, each a rule whose requirement a deployment role cannot meet, and what its reason says. */
const JUSTIFIED: Record<string, Readonly<Record<string, RegExp>>> = {
  'iac-s3-bucket': { 'AWS-S3-004': /root user/ },
  // A ReadOnly lock (CIS Azure 9.3.10, "considered") would stop Terraform from ever changing the account.
  'iac-azure-storage-account': { 'AZURE-STORAGE-019': /ReadOnly lock would stop Terraform/ },
};

/** Google Cloud snippets: Terraform only (google resources have no CloudFormation form). */
const GCP_PREFIXES = ['iac-gcp-bucket', 'iac-gcp-cloud-sql', 'iac-gcp-gke', 'iac-gcp-instance', 'iac-gcp-firewall', 'iac-gcp-kms-key'];

/**
 * "Cannot verify" a snippet may leave, each explained: it depends on a resource the snippet references
 * through a placeholder, for the user to point at their own (their trail bucket, their alerts topic), and
 * is decided where that resource is declared.
 */
const PROFILE = 'the instance profile is the user\'s own (a variable declared with the Terraform snippet); decided once its value is given';
const EXPLAINED_UNKNOWNS: Record<string, Record<string, string>> = {
  'iac-ec2-instance': { 'AWS-EC2-007': PROFILE },
  'iac-launch-template': { 'AWS-EC2-007': PROFILE },
  'iac-cloudtrail': {
    'AWS-CLOUDTRAIL-004': 'the trail bucket is the user\'s own (a placeholder); its access logging is checked where it is declared',
    'AWS-CLOUDTRAIL-007': 'the log group is the user\'s own (a variable declared with the Terraform snippet); decided once its value is given',
    'AWS-CLOUDTRAIL-003': 'the trail key is the user\'s own (a variable declared with the Terraform snippet); decided once its value is given',
  },
  'iac-log-metric-alarm': {
    'AWS-MONITORING-001': 'the alerts topic is the user\'s own (a placeholder); whether it has subscribers is checked where it is declared',
    // The log group's key is a variable declared with the snippet (a key for CloudWatch Logs needs a key policy only the user can write).
    'AWS-LOGS-001': 'the KMS key is the user\'s own (a variable declared with the snippet); decided once its value is given',
  },
};

/** The Terraform snippets leave these open; the CloudFormation ones declare everything and leave nothing. */
const UNKNOWNS_BY_LANGUAGE: Record<'terraform' | 'cloudformation', Record<string, Record<string, string>>> = { terraform: EXPLAINED_UNKNOWNS, cloudformation: {} };

function assertCompliant(prefix: string, a: FileAnalysis, language: 'terraform' | 'cloudformation'): void {
  assert.deepEqual(a.syntax, []);
  const findings = a.findings.filter((f) => f.resource !== '(project)');
  assert.deepEqual(findings.filter((f) => f.kind !== 'unverifiable' && !f.suppressedBy).map((f) => `${f.ruleId}: ${f.message}`), []);
  // Nothing else left open: every other value is decided by the snippet itself.
  assert.deepEqual(findings.filter((f) => f.kind === 'unverifiable' && !UNKNOWNS_BY_LANGUAGE[language][prefix]?.[f.ruleId]).map((f) => `${f.ruleId}: ${f.message}`), []);
  for (const f of findings.filter((x) => x.suppressedBy)) {
    const reason = JUSTIFIED[prefix]?.[f.ruleId];
    assert.ok(reason, `${prefix} suppresses ${f.ruleId}`);
    assert.match(f.suppressedBy!.justification, reason, 'the reason is written next to the exception');
  }
}

void describe('snippets', () => {
  for (const language of ['terraform', 'cloudformation-yaml', 'cloudformation-json'] as const) {
    void it(`${language} offers every snippet, with no account ids written in`, () => {
      const snippets = SNIPPETS[language];
      assert.deepEqual(snippets.map((s) => s.prefix).sort(), [...PREFIXES, ...(language === 'terraform' ? [...AZURE_PREFIXES, ...GCP_PREFIXES] : [])].sort());
      // Values only the user knows (ARNs, keys, topics) are placeholders holding a reference, never a made-up account.
      for (const s of snippets) assert.doesNotMatch(expandSnippet(s.body), /\b\d{12}\b/, s.prefix);
    });
  }
  for (const s of SNIPPETS.terraform) {
    void it(`terraform: ${s.name}`, () => {
      const text = `${expandSnippet(s.body)}\n`;
      assertCompliant(s.prefix, analyzeText('/fixture/main.tf', text), 'terraform');
    });
  }
  void it('terraform S3 bucket: no MFA delete', () => {
    assert.doesNotMatch(expandSnippet(SNIPPETS.terraform.find((s) => s.prefix === 'iac-s3-bucket')!.body), /mfa_delete|\bmfa\s*=/);
  });
  for (const s of SNIPPETS.terraform) {
    void it(`terraform: ${s.prefix} references only resources and variables it declares (terraform validate passes)`, () => {
      const text = expandSnippet(s.body);
      const resources = new Set([...text.matchAll(/^(resource|data) "([\w-]+)" "([\w-]+)"/gm)].map((m) => `${m[1] === 'data' ? 'data.' : ''}${m[2]}.${m[3]}`));
      const variables = new Set([...text.matchAll(/^variable "([\w-]+)"/gm)].map((m) => m[1]!));
      // Outside quoted strings' literal parts: strip "..." unless interpolated.
      const code = text.replace(/"(?:[^"\\$]|\\.|\$(?!\{))*"/g, '""');
      const usedResources = [...code.matchAll(/\b((?:data\.)?(?:aws|azurerm|google)_[a-z0-9_]*)\.([\w-]+)\.[a-z_]+/g)].map((m) => `${m[1]}.${m[2]}`);
      const usedVariables = [...code.matchAll(/\bvar\.([\w-]+)/g)].map((m) => m[1]!);
      assert.deepEqual(usedResources.filter((r) => !resources.has(r)), []);
      assert.deepEqual(usedVariables.filter((v) => !variables.has(v)), []);
    });
  }
  for (const s of SNIPPETS['cloudformation-yaml']) {
    void it(`cloudformation yaml: ${s.name}`, () => {
      assertCompliant(s.prefix, analyzeText('/fixture/template.yaml', yamlTemplate(s.body)), 'cloudformation');
    });
  }
  for (const s of SNIPPETS['cloudformation-json']) {
    void it(`cloudformation json: ${s.name}`, () => {
      assertCompliant(s.prefix, analyzeText('/fixture/template.json', jsonTemplate(s.body)), 'cloudformation');
    });
  }
  for (const s of SNIPPETS['cloudformation-yaml']) {
    void it(`cloudformation: ${s.prefix} references only the resources it declares and pseudo parameters, in YAML and JSON alike`, () => {
      const yaml = parseYaml(yamlTemplate(s.body));
      const json = parseJson(jsonTemplate(SNIPPETS['cloudformation-json'].find((x) => x.prefix === s.prefix)!.body));
      assert.deepEqual(yaml.diagnostics.filter((d) => d.severity === 'error'), []);
      assert.deepEqual(json.diagnostics.filter((d) => d.severity === 'error'), []);
      const template = toPlain(yaml.root!) as { Resources: Record<string, { Type: string; DependsOn?: string | string[] }> };
      assert.deepEqual(toPlain(json.root!), template, 'the JSON snippet is the YAML one (node scripts/snippets-json.mjs writes it)');
      assert.deepEqual(undeclared(template.Resources), []);
    });
  }
});

const yamlTemplate = (body: string): string => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${expandSnippet(body).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n')}\n`;
const jsonTemplate = (body: string): string => `{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {\n${expandSnippet(body)}\n} }\n`;

/** CloudFormation's pseudo parameters: what a template may reference without declaring it. */
const PSEUDO = new Set(['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix']);

/** The attributes `Fn::GetAtt` may read, for each resource type the snippets declare (CloudFormation's return values). */
const ATTRIBUTES: Record<string, readonly string[]> = {
  'AWS::KMS::Key': ['Arn', 'KeyId'],
  'AWS::S3::Bucket': ['Arn', 'DomainName', 'RegionalDomainName', 'WebsiteURL', 'DualStackDomainName'],
  'AWS::Logs::LogGroup': ['Arn'],
  'AWS::IAM::Role': ['Arn', 'RoleId'],
  'AWS::IAM::InstanceProfile': ['Arn'],
  'AWS::EC2::SecurityGroup': ['GroupId', 'VpcId'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateId', 'DefaultVersionNumber', 'LatestVersionNumber'],
  'AWS::EC2::VPC': ['CidrBlock', 'DefaultNetworkAcl', 'DefaultSecurityGroup', 'VpcId'],
  'AWS::SNS::Topic': ['TopicArn', 'TopicName'],
};

/** Every reference (Ref, Fn::GetAtt, Fn::Sub variables, DependsOn) that is not to a declared resource (with an attribute its type has) or a pseudo parameter. */
function undeclared(resources: Record<string, { Type: string; DependsOn?: string | string[] }>): string[] {
  const bad: string[] = [];
  const resource = (name: string, how: string): void => {
    if (!(name in resources)) bad.push(`${how} ${name}: not declared`);
  };
  const ref = (name: string, how: string): void => {
    if (!PSEUDO.has(name)) resource(name, how);
  };
  const getAtt = (name: string, attribute: string, how: string): void => {
    resource(name, how);
    const type = resources[name]?.Type;
    if (type && !(ATTRIBUTES[type] ?? []).includes(attribute)) bad.push(`${how} ${name}.${attribute}: ${type} has no such attribute (or add it to ATTRIBUTES)`);
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'Ref' && typeof x === 'string') ref(x, 'Ref');
      else if (k === 'Fn::GetAtt') {
        const [name, attribute] = Array.isArray(x) ? (x as string[]) : String(x).split(/\.(.*)/);
        getAtt(name!, attribute!, 'Fn::GetAtt');
      } else if (k === 'Fn::Sub') {
        const [text, vars] = Array.isArray(x) ? (x as [string, Record<string, unknown>]) : [x as string, {}];
        for (const m of String(text).matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const [name, attribute] = m[1]!.split(/\.(.*)/);
          if (name! in vars) continue;
          if (attribute === undefined) ref(name!, 'Fn::Sub');
          else getAtt(name!, attribute, 'Fn::Sub');
        }
        walk(vars);
      } else walk(x);
    }
  };
  for (const r of Object.values(resources)) {
    for (const d of r.DependsOn === undefined ? [] : ([] as string[]).concat(r.DependsOn)) resource(d, 'DependsOn');
    walk(r);
  }
  return bad;
}
