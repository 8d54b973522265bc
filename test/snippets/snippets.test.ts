// SPDX-License-Identifier: Apache-2.0
// Compliant-by-default snippets must be what they claim: expanded with their defaults, exactly as the
// server offers them (editor/snippets.ts), each parses cleanly and produces no violation of any rule. The
// only findings allowed are exceptions the snippet itself writes, with the reason next to them (MFA delete,
// which only the root user can turn on). Terraform snippets reference only what they declare.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, SNIPPETS } from '../../server/src/editor/snippets';
import { analyzeText } from '../support/fixture-runner';
import type { FileAnalysis } from '../../server/src/service/analysis';

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

/** Exceptions a snippet may write, each a rule whose requirement a deployment role cannot meet. */
const JUSTIFIED: Record<string, readonly string[]> = { 'iac-s3-bucket': ['AWS-S3-004'] };

/**
 * "Cannot verify" a snippet may leave, each explained: it depends on a resource the snippet references
 * through a placeholder, for the user to point at their own (their trail bucket, their alerts topic), and
 * is decided where that resource is declared.
 */
const EXPLAINED_UNKNOWNS: Record<string, Record<string, string>> = {
  'iac-cloudtrail': {
    'AWS-CLOUDTRAIL-004': 'the trail bucket is the user\'s own (a placeholder); its access logging is checked where it is declared',
    'AWS-CLOUDTRAIL-007': 'the log group is the user\'s own (a variable declared with the Terraform snippet); decided once its value is given',
    // CloudFormation: an undeclared `!Ref TrailKey` reads as a parameter, whose value could be empty.
    'AWS-CLOUDTRAIL-003': 'the trail key is the user\'s own (a placeholder); CloudFormation reads the undeclared Ref as a parameter',
  },
  'iac-log-metric-alarm': {
    'AWS-MONITORING-001': 'the alerts topic is the user\'s own (a placeholder); whether it has subscribers is checked where it is declared',
    // Terraform: the log group's key is a variable declared with the snippet (a key for CloudWatch Logs needs a key policy only the user can write).
    'AWS-LOGS-001': 'the KMS key is the user\'s own (a variable declared with the snippet); decided once its value is given',
  },
};

function assertCompliant(prefix: string, a: FileAnalysis): void {
  assert.deepEqual(a.syntax, []);
  const findings = a.findings.filter((f) => f.resource !== '(project)');
  assert.deepEqual(findings.filter((f) => f.kind !== 'unverifiable' && !f.suppressedBy).map((f) => `${f.ruleId}: ${f.message}`), []);
  // Nothing else left open: every other value is decided by the snippet itself.
  assert.deepEqual(findings.filter((f) => f.kind === 'unverifiable' && !EXPLAINED_UNKNOWNS[prefix]?.[f.ruleId]).map((f) => `${f.ruleId}: ${f.message}`), []);
  for (const f of findings.filter((x) => x.suppressedBy)) {
    assert.ok(JUSTIFIED[prefix]?.includes(f.ruleId), `${prefix} suppresses ${f.ruleId}`);
    assert.match(f.suppressedBy!.justification, /root user/, 'the reason is written next to the exception');
  }
}

void describe('snippets', () => {
  for (const language of ['terraform', 'cloudformation-yaml', 'cloudformation-json'] as const) {
    void it(`${language} offers every snippet, with no account ids written in`, () => {
      const snippets = SNIPPETS[language];
      assert.deepEqual(snippets.map((s) => s.prefix).sort(), [...PREFIXES].sort());
      // Values only the user knows (ARNs, keys, topics) are placeholders holding a reference, never a made-up account.
      for (const s of snippets) assert.doesNotMatch(expandSnippet(s.body), /\b\d{12}\b/, s.prefix);
    });
  }
  for (const s of SNIPPETS.terraform) {
    void it(`terraform: ${s.name}`, () => {
      const text = `${expandSnippet(s.body)}\n`;
      assertCompliant(s.prefix, analyzeText('/fixture/main.tf', text));
    });
  }
  void it('terraform S3 bucket: no MFA delete', () => {
    assert.doesNotMatch(expandSnippet(SNIPPETS.terraform.find((s) => s.prefix === 'iac-s3-bucket')!.body), /mfa_delete|\bmfa\s*=/);
  });
  for (const s of SNIPPETS.terraform) {
    void it(`terraform: ${s.prefix} references only resources and variables it declares (terraform validate passes)`, () => {
      const text = expandSnippet(s.body);
      const resources = new Set([...text.matchAll(/^resource "([\w-]+)" "([\w-]+)"/gm)].map((m) => `${m[1]}.${m[2]}`));
      const variables = new Set([...text.matchAll(/^variable "([\w-]+)"/gm)].map((m) => m[1]!));
      // Outside quoted strings' literal parts: strip "..." unless interpolated.
      const code = text.replace(/"(?:[^"\\$]|\\.|\$(?!\{))*"/g, '""');
      const usedResources = [...code.matchAll(/\b((?:aws|data)_?[a-z0-9_]*)\.([\w-]+)\.[a-z_]+/g)].map((m) => `${m[1]}.${m[2]}`).filter((r) => !r.startsWith('var.'));
      const usedVariables = [...code.matchAll(/\bvar\.([\w-]+)/g)].map((m) => m[1]!);
      assert.deepEqual(usedResources.filter((r) => !resources.has(r)), []);
      assert.deepEqual(usedVariables.filter((v) => !variables.has(v)), []);
    });
  }
  for (const s of SNIPPETS['cloudformation-yaml']) {
    void it(`cloudformation yaml: ${s.name}`, () => {
      const body = expandSnippet(s.body).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
      assertCompliant(s.prefix, analyzeText('/fixture/template.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${body}\n`));
    });
  }
  for (const s of SNIPPETS['cloudformation-json']) {
    void it(`cloudformation json: ${s.name}`, () => {
      assertCompliant(s.prefix, analyzeText('/fixture/template.json', `{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {\n${expandSnippet(s.body)}\n} }\n`));
    });
  }
  void it('cloudformation S3 bucket: every Ref and GetAtt names a resource it declares', () => {
    const text = expandSnippet(SNIPPETS['cloudformation-yaml'].find((s) => s.prefix === 'iac-s3-bucket')!.body);
    const declared = new Set([...text.matchAll(/^([A-Za-z0-9]+):$/gm)].map((m) => m[1]));
    const referenced = new Set([...text.matchAll(/!(?:Ref|GetAtt) ([A-Za-z0-9]+)/g), ...text.matchAll(/\$\{([A-Za-z0-9]+)\.Arn\}/g)].map((m) => m[1]));
    assert.deepEqual([...referenced].filter((r) => !declared.has(r)), []);
  });
});
