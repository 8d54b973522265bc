// SPDX-License-Identifier: Apache-2.0
// The CLI and the project file: found in the scanned folder (one above applies only with --config, and
// standard error says which file is used or which one above is not), --config / --no-config, problems
// are a usage error (exit 2) listing each with its line, exceptions land in the register with their
// origin, the report shows the project's frameworks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const run = runCli;

function workspace(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-cli-config-'));
  mkdirSync(join(dir, 'infra'));
  writeFileSync(join(dir, 'infra', 'main.tf'), 'resource "aws_kms_key" "k" {\n  description = "app"\n}\n\n#checkov:skip=CKV_AWS_19:Static assets only\nresource "aws_s3_bucket" "site" {\n  bucket = "site"\n}\n');
  writeFileSync(join(dir, '.iac-compliance.yaml'), config);
  return dir;
}

interface Json {
  findings: { ruleId: string; resource: string; suppressed: boolean; severity: string }[];
}

void describe('CLI and the project file', () => {
  void it('in the scanned folder: applied (exception, severity) and named on standard error; --no-config turns it off', async () => {
    const dir = workspace('severity: { AWS-KMS-001: critical }\nexceptions:\n  - rule: AWS-KMS-001\n    path: "infra/**"\n    reason: Rotation is done by the HSM team\n    until: 2099-01-01\n');
    const r = await run(['scan', dir, '--format', 'json']);
    const kms = (JSON.parse(r.out) as Json).findings.find((f) => f.ruleId === 'AWS-KMS-001')!;
    assert.deepEqual([kms.suppressed, kms.severity], [true, 'critical']);
    assert.equal(r.err, `iac-compliance: project file ${join(dir, '.iac-compliance.yaml')}\n`);
    const off = await run(['scan', dir, '--format', 'json', '--no-config']);
    const plain = (JSON.parse(off.out) as Json).findings.find((f) => f.ruleId === 'AWS-KMS-001')!;
    assert.deepEqual([plain.suppressed, plain.severity], [false, 'medium']);
    assert.equal(off.err, '');
  });
  void it('above the scanned folder: not applied unless named with --config, and standard error says so', async () => {
    const dir = workspace('severity: { AWS-KMS-001: critical }\nexceptions:\n  - rule: AWS-KMS-001\n    path: "infra/**"\n    reason: Rotation is done by the HSM team\n');
    const file = join(dir, '.iac-compliance.yaml');
    const r = await run(['scan', join(dir, 'infra'), '--format', 'json']);
    const kms = (JSON.parse(r.out) as Json).findings.find((f) => f.ruleId === 'AWS-KMS-001')!;
    assert.deepEqual([kms.suppressed, kms.severity], [false, 'medium']);
    assert.equal(r.err, `iac-compliance: ${file} is above the scanned folder and is not applied (use --config ${file} to apply it)\n`);
    const asked = await run(['scan', join(dir, 'infra'), '--format', 'json', '--config', file]);
    const applied = (JSON.parse(asked.out) as Json).findings.find((f) => f.ruleId === 'AWS-KMS-001')!;
    assert.deepEqual([applied.suppressed, applied.severity], [true, 'critical']);
    assert.equal(asked.err, `iac-compliance: project file ${file}\n`);
  });
  void it('problems: exit 2 with every problem and its line', async () => {
    const dir = workspace('profile: 3\nexceptions:\n  - rule: AWS-NOPE-001\n    resource: x\n    reason: y\n');
    const r = await run(['scan', dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /the project file has 2 problems:/);
    assert.match(r.err, /\.iac-compliance\.yaml:1: profile: expected 1 \(CIS Level 1\) or 2 \(Levels 1 and 2\)/);
    assert.match(r.err, /\.iac-compliance\.yaml:3: exceptions: rule: unknown rule id "AWS-NOPE-001"/);
    const missing = await run(['scan', dir, '--config', join(dir, 'nope.yaml')]);
    assert.equal(missing.code, 2);
  });
  void it('the register shows where each exception comes from; the report shows the project frameworks', async () => {
    const dir = workspace('frameworks: [cis-aws-5.0.0, soc2-2017]\nexceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.k\n    reason: Rotation is done by the HSM team\n');
    const r = await run(['report', dir, '--format', 'md']);
    assert.equal(r.code, 0);
    assert.match(r.out, /\| AWS-KMS-001 \| aws_kms_key\.k \| infra\/main\.tf:1 \| \.iac-compliance\.yaml \| \.iac-compliance\.yaml:3 \| Rotation is done by the HSM team \|  \| in force \|/);
    assert.match(r.out, /\| AWS-S3-002 \| aws_s3_bucket\.site \| infra\/main\.tf:6 \| checkov syntax \(CKV_AWS_19\) \| infra\/main\.tf:5 \| Static assets only \|  \| in force \|/);
    const sections = [...r.out.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.ok(sections.some((s) => s!.startsWith('CIS AWS Foundations Benchmark v5.0.0')));
    assert.ok(!sections.some((s) => s!.startsWith('NIST')), sections.join(' / '));
  });
  void it('frameworks: asks for frameworks beyond those evidenced (here CIS GCP in an AWS-only folder: nothing decided); --framework wins', async () => {
    const dir = workspace('frameworks: [cis-aws-5.0.0, cis-gcp-5.0.0]\n');
    const r = await run(['report', dir, '--format', 'json']);
    const report = JSON.parse(r.out) as { header: { frameworks: { key: string }[]; frameworksRequested: boolean }; frameworks: { key: string; counts: Record<string, number> }[] };
    assert.deepEqual(report.header.frameworks.map((f) => f.key), ['cis-aws-5.0.0', 'cis-gcp-5.0.0']);
    assert.equal(report.header.frameworksRequested, true);
    // Nothing in an AWS-only folder decides a GCP control: shown, never pass, and never a failure either
    // (no Google Cloud account-level control is "missing" where Google Cloud is not used).
    const gcp = report.frameworks.filter((f) => f.key === 'cis-gcp-5.0.0');
    assert.equal(gcp.length, 2);
    for (const f of gcp) assert.deepEqual([f.counts.pass, f.counts.fail, f.counts.unknown, f.counts.manual > 0, f.counts['not-applicable'] > 0], [0, 0, 0, true, true]);
    // Without the project file: only what the rules evidence (no GCP).
    const plain = JSON.parse((await run(['report', dir, '--format', 'json', '--no-config'])).out) as typeof report;
    assert.ok(!plain.header.frameworks.some((f) => f.key === 'cis-gcp-5.0.0'));
    assert.equal(plain.header.frameworksRequested, false);
    const flag = JSON.parse((await run(['report', dir, '--format', 'json', '--framework', 'soc2-2017'])).out) as typeof report;
    assert.deepEqual(flag.header.frameworks.map((f) => f.key), ['soc2-2017']);
  });
});
