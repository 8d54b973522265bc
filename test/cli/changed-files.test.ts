// SPDX-License-Identifier: Apache-2.0
// `scan --changed-files` (the pre-commit hook's command): a changed Terraform file brings its module's
// other files, not the folders below; CloudFormation files stand alone; paths are relative to the current
// folder. (scripts/ci/pre-commit-check.sh runs the hook through pre-commit itself.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

void describe('scan --changed-files', () => {
  void it('scans the changed files with their modules, shown relative to the current folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-changed-'));
    mkdirSync(join(dir, 'infra', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'infra', 'main.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n');
    writeFileSync(join(dir, 'infra', 'variables.tf'), 'variable "x" {\n  default = 1\n}\n');
    writeFileSync(join(dir, 'infra', 'prod.tfvars'), 'x = 2\n');
    writeFileSync(join(dir, 'infra', 'nested', 'bad.tf'), 'resource "aws_kms_key" "n" {\n  enable_key_rotation = false\n}\n');
    writeFileSync(join(dir, 'other.yaml'), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n');
    writeFileSync(join(dir, 'ci.yaml'), 'on: push\n');
    process.chdir(dir);
    const r = await runCli(['scan', '--changed-files', '--no-config', '--format', 'json', 'infra/variables.tf', 'ci.yaml', 'infra/prod.tfvars']);
    assert.equal(r.code, 1, r.err);
    const doc = JSON.parse(r.out) as { findings: { ruleId: string; file: string }[]; summary: { files: number } };
    const files = new Set(doc.findings.map((f) => f.file));
    assert.ok(files.has('infra/main.tf'), [...files].join(' '));
    assert.ok(!files.has('infra/nested/bad.tf'), 'folders below the module are not scanned');
    assert.ok(!files.has('other.yaml'), 'files not given are not scanned');
    assert.equal(doc.summary.files, 3, 'main.tf, variables.tf, prod.tfvars');
    const cfn = await runCli(['scan', '--changed-files', '--no-config', '--format', 'json', 'other.yaml']);
    assert.deepEqual([...new Set((JSON.parse(cfn.out) as { findings: { file: string }[] }).findings.map((f) => f.file))], ['other.yaml']);
    const none = await runCli(['scan', '--changed-files', '--no-config']);
    assert.equal(none.code, 0, 'nothing staged that we read: nothing to fail');
  });
});
