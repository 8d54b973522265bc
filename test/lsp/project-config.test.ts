// SPDX-License-Identifier: Apache-2.0
// The language server and the project file (.iac-compliance.yaml): loaded from the workspace folder at
// start, its problems published on it, its exceptions and severities applied to open documents, reloaded
// when it changes on disk; an open copy reports problems as it is typed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspSession, codes, fileUri, fixture } from './harness';
import { PROBLEMS_TF, pinnedStart } from './expected';

void describe('project file in the language server', () => {
  let s: LspSession;
  let dir: string;
  const configPath = (): string => join(dir, '.iac-compliance.yaml');
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-config-'));
    writeFileSync(configPath(), 'exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.main\n    reason: Rotated by the HSM team\nsevertiy: {}\n');
    writeFileSync(join(dir, 'main.tf'), fixture('problems.tf'));
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir] }));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('problems are published on the file; its exceptions apply to open documents', async () => {
    const problems = await s.waitForDiagnostics(fileUri(configPath()), (d) => d.length > 0);
    assert.deepEqual(
      problems.map((d) => [d.code, d.range.start.line, d.message]),
      [['config', 4, 'unknown setting "severtiy" (allowed: profile, frameworks, severity, excludedRules, exclude, parameterFiles, exceptions)']],
    );
    const uri = fileUri(join(dir, 'main.tf'));
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    assert.deepEqual(codes(d), PROBLEMS_TF.filter((x) => x.code !== 'AWS-KMS-001').map((x) => x.code));
  });

  void it('a change on disk is reloaded: the exception removed, a severity raised', async () => {
    const uri = fileUri(join(dir, 'main.tf'));
    writeFileSync(configPath(), 'severity:\n  AWS-KMS-001: critical\n');
    const mark = s.mark();
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath()), type: 2 }] });
    const d = await s.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'AWS-KMS-001'), { since: mark });
    assert.equal(d.find((y) => y.code === 'AWS-KMS-001')!.severity, 1);
    assert.deepEqual(await s.waitForDiagnostics(fileUri(configPath()), () => true, { since: mark }), []);
  });

  void it('an open copy reports problems as it is typed', async () => {
    const uri = fileUri(configPath());
    const v = s.open(uri, 'severity:\n  AWS-KMS-001: critical\n', 'yaml');
    assert.deepEqual(await s.diagnosticsAt(uri, v), []);
    const d = await s.diagnosticsAt(uri, s.replaceText(uri, 'critical', 'urgent'));
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line, x.message]), [['config', 1, 'severity: "urgent" is not one of critical, high, medium, low']]);
  });
});
