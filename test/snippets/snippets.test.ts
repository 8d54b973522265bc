// SPDX-License-Identifier: Apache-2.0
// Compliant-by-default snippets must be what they claim: expanded with their defaults, each parses
// cleanly and produces no violation of any rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/corpus';
import { analyzeText } from '../support/fixture-runner';

interface Snippet {
  prefix: string;
  body: string[];
}

/** Expands `${1:default}` to its default and `$1` to nothing, as an editor would before any typing. */
function expand(body: string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\d+/g, '').replace(/\\\$/g, '$') + '\n';
}

function load(name: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(repoRoot(), 'snippets', name), 'utf8')) as Record<string, Snippet>;
}

/** The prefixes every snippet file offers, so the three languages stay in step. */
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

void describe('snippets', () => {
  for (const file of ['terraform.json', 'cloudformation-yaml.json', 'cloudformation-json.json']) {
    void it(`${file} offers every snippet, with no account ids written in`, () => {
      const snippets = Object.values(load(file));
      assert.deepEqual(snippets.map((s) => s.prefix).sort(), [...PREFIXES].sort());
      // Values only the user knows (ARNs, keys, topics) are placeholders holding a reference, never a made-up account.
      for (const s of snippets) assert.doesNotMatch(expand(s.body), /\b\d{12}\b/, s.prefix);
    });
  }
  for (const [name, s] of Object.entries(load('terraform.json'))) {
    void it(`terraform: ${name}`, () => {
      const a = analyzeText('/fixture/main.tf', expand(s.body));
      assert.deepEqual(a.syntax, []);
      assert.deepEqual(a.findings.filter((f) => f.kind === 'violation').map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
  for (const [name, s] of Object.entries(load('cloudformation-yaml.json'))) {
    void it(`cloudformation yaml: ${name}`, () => {
      const body = expand(s.body).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
      const a = analyzeText('/fixture/template.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${body}`);
      assert.deepEqual(a.syntax, []);
      assert.deepEqual(a.findings.filter((f) => f.kind === 'violation').map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
  for (const [name, s] of Object.entries(load('cloudformation-json.json'))) {
    void it(`cloudformation json: ${name}`, () => {
      const a = analyzeText('/fixture/template.json', `{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {\n${expand(s.body)}} }\n`);
      assert.deepEqual(a.syntax, []);
      assert.deepEqual(a.findings.filter((f) => f.kind === 'violation').map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
});
