// SPDX-License-Identifier: Apache-2.0
// Custom rules in the CLI: `scan` and `report` load the scanned folder's .iac-compliance/rules (or the
// project file's customRules folders), a broken rule file is an `errors` entry with its line and column
// and the other rules still apply, `--no-custom-rules` turns them off, the organisation's framework is in
// the report, the project file can name custom rule ids and frameworks, `rules` lists them and
// `rules test` checks their examples (and the fix) with an exit code that fails when one does not hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { repoRoot } from '../support/corpus';

const RULE = `id: ACME-KMS-001
title: Keys are for encryption only
severity: high
rationale: Signing keys are issued by the PKI team.
remediation: Use key_usage ENCRYPT_DECRYPT.
frameworks:
  acme-standard: [CRYPTO-2]
frameworkTitles:
  acme-standard: ACME Security Standard
resource: aws.kms.key
assert:
  attribute: keyUsage
  equals: ENCRYPT_DECRYPT
fix:
  title: Use the key for encryption
  safety: unsafe
  set:
    keyUsage: ENCRYPT_DECRYPT
examples:
  pass:
    - terraform: |
        resource "aws_kms_key" "good" {
          enable_key_rotation = true
        }
  fail:
    - terraform: |
        resource "aws_kms_key" "bad" {
          key_usage = "SIGN_VERIFY"
        }
    - cloudformation: |
        Resources:
          Bad:
            Type: AWS::KMS::Key
            Properties:
              KeyUsage: SIGN_VERIFY
`;

function workspace(rules: Record<string, string> = { 'kms.yaml': RULE }, folder = join('.iac-compliance', 'rules')): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-cli-custom-'));
  mkdirSync(join(dir, folder), { recursive: true });
  for (const [name, text] of Object.entries(rules)) writeFileSync(join(dir, folder, name), text);
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_kms_key" "signing" {\n  key_usage           = "SIGN_VERIFY"\n  enable_key_rotation = true\n}\n');
  return dir;
}

interface JsonScan {
  findings: { ruleId: string; message: string; startLine: number; frameworks: Record<string, string[]> }[];
  errors: { file: string; message: string; startLine: number; startColumn: number }[];
}

void describe('custom rules in scan and report', () => {
  void it('scan applies them, says where they come from, and carries their own framework', async () => {
    const dir = workspace();
    const r = await runCli(['scan', dir, '--format', 'json']);
    const doc = JSON.parse(r.out) as JsonScan;
    const mine = doc.findings.filter((f) => f.ruleId === 'ACME-KMS-001');
    assert.deepEqual(
      mine.map((f) => [f.startLine, f.message, f.frameworks]),
      [[2, 'key_usage is "SIGN_VERIFY" (expected "ENCRYPT_DECRYPT").', { 'acme-standard': ['CRYPTO-2'] }]],
    );
    assert.deepEqual(doc.errors, []);
    assert.match(r.err, /1 custom rule from \.iac-compliance\/rules/);
    const text = await runCli(['scan', dir]);
    assert.match(text.out, /main\.tf:2:3: high ACME-KMS-001 key_usage is "SIGN_VERIFY" \(expected "ENCRYPT_DECRYPT"\)\. \[acme-standard CRYPTO-2\] \(fixable\)/);
    assert.match(text.out, /ACME Security Standard +0% +0 +1 /);
  });

  void it('--cache is not used with custom rules (their files are not part of the cache key), and says so', async () => {
    const dir = workspace();
    const cache = join(dir, 'cache');
    const r = await runCli(['scan', dir, '--format', 'json', '--cache', cache]);
    assert.match(r.err, /--cache is not used with custom rules/);
    assert.ok((JSON.parse(r.out) as JsonScan).findings.some((f) => f.ruleId === 'ACME-KMS-001'));
    assert.equal(existsSync(cache), false);
  });

  void it('--no-custom-rules: built-in rules only', async () => {
    const r = await runCli(['scan', workspace(), '--format', 'json', '--no-custom-rules']);
    assert.deepEqual((JSON.parse(r.out) as JsonScan).findings.filter((f) => f.ruleId.startsWith('ACME-')), []);
  });

  void it('a broken rule file is an errors entry at the offending key; the other rules still apply', async () => {
    const dir = workspace({ 'kms.yaml': RULE, 'broken.yaml': RULE.replace('ACME-KMS-001', 'ACME-KMS-002').replace('keyUsage\n', 'keyUsge\n') });
    const doc = JSON.parse((await runCli(['scan', dir, '--format', 'json'])).out) as JsonScan;
    assert.deepEqual(doc.errors, [
      { file: '.iac-compliance/rules/broken.yaml', message: 'custom rule not loaded: assert.attribute: aws.kms.key has no attribute "keyUsge" (did you mean "keyUsage"?)', startLine: 12 },
    ]);
    assert.deepEqual([...new Set(doc.findings.filter((f) => f.ruleId.startsWith('ACME-')).map((f) => f.ruleId))], ['ACME-KMS-001']);
  });

  void it('report: the organisation framework with its title and control; the project file can ask for it and name custom ids', async () => {
    const dir = workspace();
    const report = JSON.parse((await runCli(['report', dir, '--format', 'json'])).out) as { frameworks: { key: string; title: string; controls: { id: string; status: string; rules: string[] }[] }[] };
    const own = report.frameworks.find((f) => f.key === 'acme-standard');
    assert.deepEqual(own && { title: own.title, controls: own.controls.map((c) => [c.id, c.status, c.rules]) }, { title: 'ACME Security Standard', controls: [['CRYPTO-2', 'fail', ['ACME-KMS-001']]] });
    writeFileSync(join(dir, '.iac-compliance.yaml'), 'frameworks: [acme-standard]\nexceptions:\n  - rule: ACME-KMS-001\n    resource: aws_kms_key.signing\n    reason: The signing key of the release pipeline\n');
    const r = await runCli(['report', dir, '--format', 'json']);
    const again = JSON.parse(r.out) as typeof report;
    assert.deepEqual(
      again.frameworks.map((f) => [f.key, f.controls.map((c) => [c.id, c.status])]),
      [['acme-standard', [['CRYPTO-2', 'excepted']]]],
    );
    assert.equal((await runCli(['report', dir, '--format', 'json', '--framework', 'acme-standard,soc2-2017'])).code, 0);
    const bad = await runCli(['report', dir, '--framework', 'acme-nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown framework "acme-nope" \(.*acme-standard\)/);
  });

  void it('the project file names other rule folders (customRules), or none', async () => {
    const dir = workspace({ 'kms.yaml': RULE }, join('policies', 'iac'));
    const ids = async (): Promise<string[]> => [...new Set((JSON.parse((await runCli(['scan', dir, '--format', 'json'])).out) as JsonScan).findings.map((f) => f.ruleId).filter((id) => id.startsWith('ACME-')))];
    assert.deepEqual(await ids(), [], 'not the default folder');
    writeFileSync(join(dir, '.iac-compliance.yaml'), 'customRules: [policies/iac]\nseverity:\n  ACME-KMS-001: low\n');
    assert.deepEqual(await ids(), ['ACME-KMS-001']);
    writeFileSync(join(dir, '.iac-compliance.yaml'), 'customRules: false\n');
    assert.deepEqual(await ids(), []);
  });
});

void describe('iac-compliance rules (custom)', () => {
  void it('lists custom rules after the built-in ones, marked with their file; --kinds lists what they can use', async () => {
    const dir = workspace();
    const r = await runCli(['rules', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const rules = (JSON.parse(r.out) as { rules: { id: string; custom: boolean; source?: { file: string }; orgFrameworks?: unknown }[] }).rules;
    const last = rules[rules.length - 1]!;
    assert.deepEqual([last.id, last.custom, last.source, last.orgFrameworks], ['ACME-KMS-001', true, { file: join('.iac-compliance', 'rules', 'kms.yaml') }, { 'acme-standard': { title: 'ACME Security Standard', ids: ['CRYPTO-2'] } }]);
    assert.ok(rules.filter((x) => x.custom).length === 1);
    const kinds = await runCli(['rules', '--kinds']);
    assert.match(kinds.out, /^aws\.kms\.key {2}\(aws_kms_key, AWS::KMS::Key\)\n {2}rotationEnabled +bool +enable_key_rotation \/ EnableKeyRotation$/m);
    const broken = await runCli(['rules', workspace({ 'x.yaml': 'id: X\n' })]);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /x\.yaml:1:5: id: "X" is not an id like ACME-S3-001/);
  });

  void it('rules test: every example holds and the fix is verified (exit 0)', async () => {
    const r = await runCli(['rules', 'test', workspace()]);
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(r.out.trim().split('\n'), [
      'ok   ACME-KMS-001 .iac-compliance/rules/kms.yaml:21 pass (terraform): passes',
      'ok   ACME-KMS-001 .iac-compliance/rules/kms.yaml:26 fail (terraform): fails as expected: key_usage is "SIGN_VERIFY" (expected "ENCRYPT_DECRYPT").',
      'ok   ACME-KMS-001 .iac-compliance/rules/kms.yaml:26 fix (terraform): the fix clears the finding',
      'ok   ACME-KMS-001 .iac-compliance/rules/kms.yaml:30 fail (cloudformation): fails as expected: KeyUsage is "SIGN_VERIFY" (expected "ENCRYPT_DECRYPT").',
      'ok   ACME-KMS-001 .iac-compliance/rules/kms.yaml:30 fix (cloudformation): the fix clears the finding',
      '1 custom rule, 3 examples: all hold',
    ]);
  });

  void it('rules test: an example that does not hold, a fix that does not clear it, a rule file with problems (exit 1)', async () => {
    const wrongFix = RULE.replace('    keyUsage: ENCRYPT_DECRYPT\nexamples', '    keyUsage: SIGN_VERIFY\nexamples').replace('safety: unsafe', 'safety: safe');
    const dir = workspace({ 'kms.yaml': wrongFix.replace('enable_key_rotation = true', 'key_usage = "SIGN_VERIFY"'), 'broken.yaml': 'id: ACME-X-001\n' });
    const r = await runCli(['rules', 'test', join(dir, '.iac-compliance', 'rules')]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('FAIL ACME-KMS-001 kms.yaml:21 pass (terraform): expected no finding, got: aws_kms_key.good: key_usage is "SIGN_VERIFY" (expected "ENCRYPT_DECRYPT").'), r.out);
    assert.ok(lines.includes('FAIL ACME-KMS-001 kms.yaml:26 fix (terraform): the fix does not clear the finding: key_usage is "SIGN_VERIFY" (expected "ENCRYPT_DECRYPT").'), r.out);
    assert.ok(lines.some((l) => l.startsWith('FAIL broken.yaml:1:1: missing "title"')), r.out);
    const json = JSON.parse((await runCli(['rules', 'test', dir, '--format', 'json'])).out) as { passed: boolean; rules: number };
    assert.deepEqual([json.passed, json.rules], [false, 1]);
  });

  void it('rules test on the example workspace: its custom rules hold', async () => {
    const r = await runCli(['rules', 'test', join(repoRoot(), 'examples')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /3 custom rules, \d+ examples: all hold/);
  });
});
