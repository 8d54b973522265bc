// SPDX-License-Identifier: Apache-2.0
// `scan --format gitlab-sast` checked against the fields GitLab validates (test/support/gitlab-sast-schema.json,
// written from GitLab's documented schema; see its NOTICE), and `--format codeclimate` against what GitLab's
// Code Quality widget needs per issue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../support/cli';
import { repoRoot } from '../support/corpus';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-gitlab-'));
  mkdirSync(join(dir, 'tf'));
  writeFileSync(join(dir, 'tf', 'main.tf'), 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = false\n}\n');
  writeFileSync(
    join(dir, 'tf', 'ok.tf'),
    '# iac-compliance:ignore AWS-CLOUDTRAIL-002 Digest files are validated by the central log account\nresource "aws_cloudtrail" "other" {\n  name                  = "other"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = true\n  kms_key_id            = var.key\n}\nvariable "key" {}\n',
  );
  writeFileSync(join(dir, 'key.yaml'), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n');
  writeFileSync(join(dir, 'broken.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n');
  return dir;
}

let validator: ValidateFunction | undefined;
function validate(doc: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(repoRoot(), 'test', 'support', 'gitlab-sast-schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(doc) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface Vulnerability {
  id: string;
  name: string;
  severity: string;
  identifiers: { type: string; name: string; value: string }[];
  location: { file: string; start_line: number; end_line: number; class?: string };
}

void describe('scan --format gitlab-sast', () => {
  void it('is a valid GitLab SAST report with the findings, their rules and framework ids', async () => {
    const r = await runCli(['scan', workspace(), '--format', 'gitlab-sast', '--no-config']);
    assert.equal(r.code, 1, r.err);
    const doc = JSON.parse(r.out) as { version: string; scan: { status: string; start_time: string; messages: { value: string }[] }; vulnerabilities: Vulnerability[] };
    assert.deepEqual(validate(doc), []);
    assert.match(doc.version, /^15\./);
    const trail = doc.vulnerabilities.find((v) => v.identifiers[0]!.value === 'AWS-CLOUDTRAIL-001')!;
    assert.equal(trail.severity, 'High');
    assert.deepEqual(trail.location, { file: 'tf/main.tf', start_line: 4, end_line: 4, class: 'aws_cloudtrail.main' });
    assert.ok(trail.identifiers.some((i) => i.name === 'CIS AWS 5.0.0 3.1' && i.value === '3.1'), JSON.stringify(trail.identifiers));
    // Suppressed findings are left out; "cannot verify" ones are Info.
    assert.ok(!doc.vulnerabilities.some((v) => v.identifiers[0]!.value === 'AWS-CLOUDTRAIL-002' && v.location.class === 'aws_cloudtrail.other' && v.severity !== 'Info'));
    const unknown = doc.vulnerabilities.filter((v) => v.name.startsWith('Cannot verify'));
    assert.ok(unknown.length > 0 && unknown.every((v) => v.severity === 'Info'));
    assert.equal(new Set(doc.vulnerabilities.map((v) => v.id)).size, doc.vulnerabilities.length, 'ids are unique');
    assert.ok(doc.scan.messages.some((m) => m.value.startsWith('broken.tf:')), 'syntax problems are scan messages');
    // Stable ids: the same scan gives the same ids.
    const again = JSON.parse((await runCli(['scan', workspace(), '--format', 'gitlab-sast', '--no-config'])).out) as typeof doc;
    assert.deepEqual(again.vulnerabilities.map((v) => v.id).sort(), doc.vulnerabilities.map((v) => v.id).sort());
  });

  void it('the schema rejects what GitLab rejects (so the check above can fail)', () => {
    const ok = { version: '15.0.7', vulnerabilities: [], scan: { analyzer: { id: 'a', name: 'a', version: '1', vendor: { name: 'v' } }, scanner: { id: 'a', name: 'a', version: '1', vendor: { name: 'v' } }, type: 'sast', start_time: '2026-01-01T00:00:00', end_time: '2026-01-01T00:00:00', status: 'success' } };
    assert.deepEqual(validate(ok), []);
    assert.notDeepEqual(validate({ ...ok, scan: { ...ok.scan, start_time: '2026-01-01T00:00:00.000Z' } }), []);
    assert.notDeepEqual(validate({ ...ok, vulnerabilities: [{ id: 'x', identifiers: [], location: { file: 'a.tf' } }] }), []);
    assert.notDeepEqual(validate({ ...ok, vulnerabilities: [{ id: 'x', severity: 'high', identifiers: [{ type: 't', name: 'n', value: 'v' }], location: { file: 'a.tf' } }] }), []);
  });

  void it('a clean folder is a valid report with no vulnerabilities, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-gitlab-clean-'));
    writeFileSync(join(dir, 'main.tf'), 'variable "x" {}\n');
    const r = await runCli(['scan', dir, '--format', 'gitlab-sast', '--no-config']);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as { vulnerabilities: unknown[] };
    assert.deepEqual(validate(doc), []);
    assert.deepEqual(doc.vulnerabilities, []);
  });
});

void describe('scan --format codeclimate', () => {
  void it('lists issues with check name, severity, unique fingerprint and begin line', async () => {
    const dir = workspace();
    const r = await runCli(['scan', dir, '--format', 'codeclimate', '--no-config', '-o', join(dir, 'cq.json')]);
    assert.equal(r.code, 1, r.err);
    const issues = JSON.parse(readFileSync(join(dir, 'cq.json'), 'utf8')) as { type: string; check_name: string; description: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    assert.ok(Array.isArray(issues) && issues.length > 0);
    for (const i of issues) {
      assert.equal(i.type, 'issue');
      assert.ok(i.check_name && i.description && i.fingerprint && i.location.path, JSON.stringify(i));
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity), i.severity);
      assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    const trail = issues.find((i) => i.check_name === 'AWS-CLOUDTRAIL-001')!;
    assert.deepEqual([trail.severity, trail.location.path, trail.location.lines.begin], ['critical', 'tf/main.tf', 4]);
    const kms = issues.find((i) => i.check_name === 'AWS-KMS-001')!;
    assert.deepEqual([kms.severity, kms.location.path], ['major', 'key.yaml']);
    // The fingerprint ignores the line: moving the resource down keeps it.
    writeFileSync(join(dir, 'tf', 'main.tf'), '\n\n' + readFileSync(join(dir, 'tf', 'main.tf'), 'utf8'));
    const moved = JSON.parse((await runCli(['scan', dir, '--format', 'codeclimate', '--no-config'])).out) as typeof issues;
    const trail2 = moved.find((i) => i.check_name === 'AWS-CLOUDTRAIL-001')!;
    assert.equal(trail2.fingerprint, trail.fingerprint);
    assert.equal(trail2.location.lines.begin, 6);
  });
});
