// SPDX-License-Identifier: Apache-2.0
// The language server and the project file (.iac-compliance.yaml): loaded from the workspace folder at
// start (only the folder's own: one above is not applied; the log names the file in force), its problems
// published on it, its exceptions and severities applied to open documents, reloaded
// when it changes on disk; an open copy reports problems as it is typed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspSession, codes, fileUri, fixture } from './harness';
import { PROBLEMS_TF, pinned, pinnedStart } from './expected';
import { Notifications } from '../../server/src/protocol';

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

  void it('the log names the project file in force', () => {
    assert.ok(s.logMessages.includes(`Project file: ${configPath()}`), JSON.stringify(s.logMessages));
  });

  void it('problems are published on the file; its exceptions apply to open documents', async () => {
    const problems = await s.waitForDiagnostics(fileUri(configPath()), (d) => d.length > 0);
    assert.deepEqual(
      problems.map((d) => [d.code, d.range.start.line, d.message]),
      [['config', 4, 'unknown setting "severtiy" (allowed: profile, frameworks, severity, excludedRules, exclude, parameterFiles, customRules, exceptions)']],
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

void describe('a project file above the workspace folder', () => {
  void it('is not applied, and the log says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lsp-config-above-'));
    const folder = join(dir, 'app');
    mkdirSync(folder);
    writeFileSync(join(dir, '.iac-compliance.yaml'), 'exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.main\n    reason: Rotated by the HSM team\n');
    const s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [folder] }));
    try {
      const uri = fileUri(join(folder, 'main.tf'));
      const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
      assert.deepEqual(codes(d), PROBLEMS_TF.map((x) => x.code), 'the exception above does not apply');
      assert.ok(s.logMessages.some((m) => m.includes(`${join(dir, '.iac-compliance.yaml')} is above the workspace folder and is not applied`)), JSON.stringify(s.logMessages));
    } finally {
      await s.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

void describe('iacCompliance.configFile names the project file (the editor\'s --config)', () => {
  void it('applies a file above the workspace folder, follows its changes on disk, and logs which file is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lsp-config-file-'));
    const folder = join(dir, 'app');
    mkdirSync(folder);
    const shared = join(dir, '.iac-compliance.yaml');
    writeFileSync(shared, 'exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.main\n    reason: Rotated by the HSM team\n');
    const s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [folder] }, { configFile: '../.iac-compliance.yaml' }));
    try {
      const uri = fileUri(join(folder, 'main.tf'));
      const all = PROBLEMS_TF.map((x) => x.code);
      const excepted = all.filter((c) => c !== 'AWS-KMS-001');
      let d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
      assert.deepEqual(codes(d), excepted, 'the named file above the folder applies');
      assert.ok(s.logMessages.includes(`Project file: ${shared} (setting iacCompliance.configFile)`), JSON.stringify(s.logMessages));
      // Edited on disk (the client watches the named file wherever it is): reloaded.
      writeFileSync(shared, 'severity:\n  AWS-KMS-001: critical\n');
      let mark = s.mark();
      s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(shared), type: 2 }] });
      d = await s.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'AWS-KMS-001'), { since: mark });
      assert.equal(d.find((y) => y.code === 'AWS-KMS-001')!.severity, 1, 'its new severity applies');
      // The setting cleared: the file above is named in the log, not applied.
      mark = s.mark();
      s.changeConfiguration(pinned({}));
      d = await s.waitForDiagnostics(uri, (x) => x.find((y) => y.code === 'AWS-KMS-001')?.severity !== 1, { since: mark });
      assert.deepEqual(codes(d), all);
      assert.ok(s.logMessages.some((m) => m.includes(`${shared} is above the workspace folder and is not applied (setting iacCompliance.configFile applies it)`)), JSON.stringify(s.logMessages));
      // A file that does not exist: said, and nothing applied.
      mark = s.mark();
      s.changeConfiguration(pinned({ configFile: join(dir, 'missing.yaml') }));
      // The settings are re-read, the project file with them, then the open documents re-checked.
      assert.deepEqual(codes(await s.waitForDiagnostics(uri, () => true, { since: mark })), all);
      assert.ok(s.logMessages.includes(`Project file: ${join(dir, 'missing.yaml')} (setting iacCompliance.configFile) does not exist: no project file is applied`), JSON.stringify(s.logMessages));
      // An absolute path works as well; the exception comes back.
      writeFileSync(join(dir, 'team.yaml'), 'exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.main\n    reason: Rotated by the HSM team\n');
      mark = s.mark();
      s.changeConfiguration(pinned({ configFile: join(dir, 'team.yaml') }));
      d = await s.waitForDiagnostics(uri, (x) => !x.some((y) => y.code === 'AWS-KMS-001'), { since: mark });
      assert.deepEqual(codes(d), excepted);
    } finally {
      await s.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('is not read in an untrusted workspace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lsp-config-file-untrusted-'));
    const shared = join(dir, 'team.yaml');
    writeFileSync(shared, 'excludedRules: [AWS-S3-001]\n');
    const s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir], initializationOptions: { workspaceTrusted: false } }, { configFile: shared }));
    try {
      const uri = fileUri(join(dir, 'main.tf'));
      const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
      assert.deepEqual(codes(d), PROBLEMS_TF.map((x) => x.code));
      assert.ok(s.logMessages.some((m) => m.includes(`${shared} is not applied: the workspace is not trusted`)), JSON.stringify(s.logMessages));
    } finally {
      await s.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

void describe('an untrusted workspace', () => {
  void it('gets the built-in rules only (its project file is not applied) until trust is granted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lsp-untrusted-'));
    const config = join(dir, '.iac-compliance.yaml');
    writeFileSync(config, 'excludedRules: [AWS-S3-001]\nexceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.main\n    reason: Rotated by the HSM team\n');
    const s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir], initializationOptions: { workspaceTrusted: false } }));
    try {
      const uri = fileUri(join(dir, 'main.tf'));
      const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
      assert.deepEqual(codes(d), PROBLEMS_TF.map((x) => x.code), 'neither the exclusion nor the exception applies');
      assert.ok(s.logMessages.some((m) => m.includes(`${config} is not applied: the workspace is not trusted`)), JSON.stringify(s.logMessages));
      const mark = s.mark();
      s.notify(Notifications.workspaceTrusted, null);
      const trusted = await s.waitForDiagnostics(uri, (x) => !x.some((y) => y.code === 'AWS-KMS-001'), { since: mark });
      assert.deepEqual(codes(trusted), PROBLEMS_TF.filter((x) => x.code !== 'AWS-KMS-001' && x.code !== 'AWS-S3-001').map((x) => x.code));
      assert.ok(s.logMessages.includes(`Project file: ${config}`));
    } finally {
      await s.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
