// SPDX-License-Identifier: Apache-2.0
// iacCompliance/auditWorkspace (request) and iacCompliance.auditWorkspace (command): counts for every
// Terraform and CloudFormation file under the folders, diagnostics published for the files that are not
// open (without a version), none for the open ones.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AuditResult } from '../../server/src/protocol';
import { LspSession, codes, fileUri, fixture, scratchUri, shape } from './harness';
import { PROBLEMS_TF, pinned, pinnedStart } from './expected';

// Violations only: the 2 "cannot verify" findings are counted apart (cannotVerify), as `scan` counts them.
const EXPECTED: AuditResult = { files: 3, findings: 14, bySeverity: { high: 6, medium: 6, critical: 1, low: 1 } };

/** The counts of a result (without the scores, report and read count that other tests check). */
function counts(r: AuditResult): Pick<AuditResult, 'files' | 'findings' | 'bySeverity'> {
  return { files: r.files, findings: r.findings, bySeverity: r.bySeverity };
}

void describe('workspace audit', () => {
  let s: LspSession;
  let dir: string;
  const uri = (rel: string): string => fileUri(join(dir, rel));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-audit-'));
    const files: Record<string, string> = {
      'main.tf': fixture('problems.tf'), // 8 findings: 3 high, 3 medium, 1 info, 1 critical
      'net/sg.tf': fixture('audit/net/sg.tf'), // 1 high
      'stack.yaml': fixture('problems.yaml'), // open in the editor: 3 high, 3 medium, 1 info
      '.github/workflows/ci.yaml': fixture('workflow.yaml'), // not CloudFormation
      'package.json': fixture('package.json'), // not CloudFormation
      'node_modules/mod/main.tf': fixture('problems.tf'), // skipped folder
      '.terraform/modules/x/main.tf': fixture('problems.tf'), // skipped folder
      'README.md': '# not ours\n',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir] }));
    await s.diagnosticsAt(uri('stack.yaml'), s.open(uri('stack.yaml'), fixture('problems.yaml')));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('the request returns counts and publishes diagnostics for the unopened files only', async () => {
    const mark = s.mark();
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.equal(result.files, EXPECTED.files);
    // Published before the reply: no waiting needed, but let anything late show up too.
    await s.barrier();
    const published = s.publishes.slice(mark).map((p) => ({ uri: p.params.uri, version: p.params.version, codes: codes(p.params.diagnostics) }));
    assert.deepEqual(published, [
      { uri: uri('main.tf'), version: undefined, codes: PROBLEMS_TF.map((d) => d.code) },
      { uri: uri('net/sg.tf'), version: undefined, codes: ['AWS-EC2-001'] },
    ]);
    // The same diagnostics an editor would show for the file.
    const main = s.publishes.slice(mark).find((p) => p.params.uri === uri('main.tf'))!;
    assert.deepEqual(main.params.diagnostics.map(shape), PROBLEMS_TF);
  });

  void it('the command does the same; folders default to the workspace folders', async () => {
    const byRequest = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    const byCommand = await s.request<AuditResult>('workspace/executeCommand', { command: 'iacCompliance.auditWorkspace', arguments: [{ folders: [dir] }] });
    assert.deepEqual(counts(byCommand), counts(byRequest));
    const byDefault = await s.request<AuditResult>('iacCompliance/auditWorkspace', {});
    assert.deepEqual(counts(byDefault), counts(byRequest));
    const noParams = await s.request<AuditResult>('workspace/executeCommand', { command: 'iacCompliance.auditWorkspace' });
    assert.deepEqual(counts(noParams), counts(byRequest));
    assert.equal(byRequest.files, EXPECTED.files);
  });

  void it('exclude globs leave files out', async () => {
    const all = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    const mark = s.mark();
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir], exclude: ['net/**'] });
    assert.equal(result.files, 2);
    // net/sg.tf's findings (AWS-EC2-001, high, among them) are no longer counted. (Exact counts: see the
    // counts test below; today they include rules the settings exclude.)
    assert.ok(result.findings < all.findings);
    assert.ok(result.bySeverity.high! < all.bySeverity.high!);
    await s.barrier();
    // net/sg.tf, reported by the earlier audit and excluded now, is cleared.
    assert.deepEqual(
      s.publishes.slice(mark).map((p) => ({ uri: p.params.uri, codes: codes(p.params.diagnostics) })),
      [
        { uri: uri('main.tf'), codes: PROBLEMS_TF.map((d) => d.code) },
        { uri: uri('net/sg.tf'), codes: [] },
      ],
    );
  });

  void it('counts the open document as edited (unsaved), and still publishes nothing for it', async () => {
    const before = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    const v = s.replaceText(uri('stack.yaml'), 'false', 'true', 'EnableLogFileValidation');
    await s.diagnosticsAt(uri('stack.yaml'), v);
    const mark = s.mark();
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    // AWS-CLOUDTRAIL-002 (medium) fixed in the unsaved text.
    assert.equal(result.files, 3);
    assert.equal(result.findings, before.findings - 1);
    assert.equal(result.bySeverity.medium, before.bySeverity.medium! - 1);
    await s.barrier();
    assert.deepEqual(s.publishes.slice(mark).filter((p) => p.params.uri === uri('stack.yaml')), []);
  });

  void it(
    'the counts are what the Problems panel shows: findings hidden by the settings are not counted',
    async () => {
      // Under the pinned settings (rules newer than the fixtures excluded): the fixtures' findings, less
      // the log-validation finding that the test above fixed in the open stack.yaml.
      const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
      assert.deepEqual(counts(result), { ...EXPECTED, findings: EXPECTED.findings - 1, bySeverity: { ...EXPECTED.bySeverity, medium: EXPECTED.bySeverity.medium! - 1 } });
      try {
        s.changeConfiguration(pinned({ severityThreshold: 'high', excludedRules: ['AWS-IAM-001'] }));
        await s.waitForDiagnostics(uri('stack.yaml'), (d) => d.every((x) => x.severity === 1));
        const high = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
        assert.deepEqual(counts(high), { files: 3, findings: 6, bySeverity: { high: 6 } });
      } finally {
        s.changeConfiguration(pinned());
        await s.waitForDiagnostics(uri('stack.yaml'), (d) => d.some((x) => x.severity === 2));
      }
    },
  );

  void it('a folder that does not exist: zero counts, no error', async () => {
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [join(dir, 'missing')] });
    assert.deepEqual(counts(result), { files: 0, findings: 0, bySeverity: {} });
  });

  void it(
    'audit diagnostics follow settings changes (enable: false clears them)',
    async () => {
      await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
      try {
        s.changeConfiguration(pinned({ enable: false }));
        await s.waitForDiagnostics(uri('main.tf'), (d) => d.length === 0);
      } finally {
        s.changeConfiguration(pinned());
        await s.waitForDiagnostics(uri('stack.yaml'), (d) => d.length > 0);
      }
    },
  );

  void it(
    'a file deleted since the last audit has its diagnostics cleared by the next audit',
    async () => {
      const extra = join(dir, 'extra.tf');
      writeFileSync(extra, fixture('audit/net/sg.tf').replace('"ssh"', '"ssh2"'));
      try {
        await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
      } finally {
        unlinkSync(extra);
      }
      const mark = s.mark();
      await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
      await s.waitForDiagnostics(fileUri(extra), (d) => d.length === 0, { since: mark });
    },
  );

  void it('an audited file that is opened is owned by the editor (versioned diagnostics)', async () => {
    const mainUri = uri('main.tf');
    const v = s.open(mainUri, fixture('problems.tf'));
    assert.deepEqual((await s.diagnosticsAt(mainUri, v)).map(shape), PROBLEMS_TF);
    // (Opening a file re-validates the other open documents of its folder: let that pass.)
    await s.barrier();
    const mark = s.mark();
    await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    await s.barrier();
    assert.deepEqual(s.publishes.slice(mark).map((p) => p.params.uri), [uri('net/sg.tf')]);
    s.close(mainUri);
    assert.deepEqual(await s.waitForDiagnostics(mainUri), []);
  });

  void it('an audit does not disturb documents outside the folders', async () => {
    const other = scratchUri('audit-other', 'main.tf');
    await s.diagnosticsAt(other, s.open(other, fixture('problems.tf')));
    const mark = s.mark();
    await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [join(dir, 'net')] });
    await s.barrier();
    assert.deepEqual(s.publishes.slice(mark).map((p) => p.params.uri), [uri('net/sg.tf')]);
  });

  void it('with report: true, returns the HTML report whose file:line links open the file at the line', async () => {
    // No audit has made a report yet: nothing to save.
    assert.equal(await s.request<string | null>('iacCompliance/reportFile', { format: 'html' }), null);
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir], report: true });
    const html = result.reportHtml ?? '';
    assert.match(html, /^<!doctype html>/);
    const links = [...html.matchAll(/href="command:iacCompliance\.openLocation\?([^"]+)"/g)].map((m) => JSON.parse(decodeURIComponent(m[1]!.replace(/&amp;/g, '&'))) as [string, number]);
    assert.ok(links.length > 0, 'the report links its evidence');
    // Every link names an audited file and a line inside it.
    for (const [u, line] of links) {
      assert.ok([uri('main.tf'), uri('net/sg.tf'), uri('stack.yaml')].includes(u), u);
      assert.ok(Number.isInteger(line) && line >= 1);
    }
    assert.ok(links.some(([u]) => u === uri('net/sg.tf')));
    // The webview's Save buttons are command URIs (the webview runs no script) with the format.
    const saves = [...html.matchAll(/<a class="button" href="command:iacCompliance\.saveReport\?([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[2], JSON.parse(decodeURIComponent(m[1]!))]);
    assert.deepEqual(saves, [
      ['Save as HTML', ['html']],
      ['Save as Markdown', ['markdown']],
    ]);
    // What they save, made on request: the CLI's HTML and Markdown of the same audit, with no editor links
    // or buttons.
    const files = {
      html: await s.request<string | null>('iacCompliance/reportFile', { format: 'html' }),
      markdown: await s.request<string | null>('iacCompliance/reportFile', { format: 'markdown' }),
    } as { html: string; markdown: string };
    assert.match(files.html, /^<!doctype html>/);
    assert.ok(!files.html.includes('command:'), 'no command URIs in the saved HTML');
    assert.ok(files.html.includes('<code>net/sg.tf:'), 'file:line references are plain text');
    assert.match(files.markdown, /^# Infrastructure compliance report\n/);
    const totals = /(\d+) violations?, (\d+) cannot verify, (\d+) suppressed/.exec(files.markdown);
    assert.deepEqual(totals?.slice(1).map(Number), [result.findings, result.cannotVerify, result.suppressed]);
    // Without report: no HTML; scores always, one per framework view.
    const plain = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.equal(plain.reportHtml, undefined);
    // A run without the report leaves the saved report as the one shown.
    assert.equal(await s.request<string | null>('iacCompliance/reportFile', { format: 'markdown' }), files.markdown);
    const ids = (plain.scores ?? []).map((x) => x.id);
    assert.ok(ids.includes('cis-aws-5.0.0:level1') && ids.includes('soc2-2017') && ids.includes('nist-800-53-r5'), ids.join());
    const cis = plain.scores!.find((x) => x.id === 'cis-aws-5.0.0:level1')!;
    assert.equal(cis.name, 'CIS AWS Foundations Benchmark v5.0.0 (Level 1)');
    assert.ok(cis.fail > 0);
    // No suppressions in these files: the rate is pass / (pass + fail + unknown); unknown is never a pass.
    assert.equal(cis.passRate, cis.pass / (cis.pass + cis.fail + (cis.unknown ?? 0)));
  });

  void it('a re-run reads only the files that changed on disk, and reports progress', async () => {
    await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    const again = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.equal(again.read, 0);
    // Same size, different content and time: still re-read.
    const path = join(dir, 'net/sg.tf');
    writeFileSync(path, fixture('audit/net/sg.tf').replace('"ssh"', '"ss2"'));
    try {
      const changed = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
      assert.equal(changed.read, 1);
      assert.equal(changed.files, EXPECTED.files);
    } finally {
      writeFileSync(path, fixture('audit/net/sg.tf'));
    }
    // Progress comes every 20 files, with the number of candidate files found.
    const many = mkdtempSync(join(tmpdir(), 'iac-lsp-audit-many-'));
    const progress: { done: number; total: number }[] = [];
    const listener = s.connection.onNotification('iacCompliance/auditProgress', (p: { done: number; total: number }) => {
      progress.push(p);
    });
    try {
      for (let i = 0; i < 45; i++) writeFileSync(join(many, `f${i}.tf`), `resource "aws_ebs_volume" "v${i}" {\n  size = 1\n}\n`);
      const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [many] });
      assert.equal(result.files, 45);
      assert.deepEqual(progress, [
        { done: 20, total: 45 },
        { done: 40, total: 45 },
      ]);
    } finally {
      listener.dispose();
      rmSync(many, { recursive: true, force: true });
    }
  });
});

void describe('workspace audit: work-done progress and cancellation', () => {
  let s: LspSession;
  let dir: string;
  const N = 600;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-audit-cancel-'));
    for (let i = 0; i < N; i++) {
      mkdirSync(join(dir, `m${i % 50}`), { recursive: true });
      writeFileSync(join(dir, `m${i % 50}`, `f${i}.tf`), `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`);
    }
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir], workDoneProgress: true }));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('reports cancellable progress, and window/workDoneProgress/cancel stops the audit at the next file', async () => {
    const from = s.progress.length;
    const pending = s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] }, 60000);
    const begin = await s.waitForProgress((p) => p.value.kind === 'begin', from, 20000);
    assert.equal(begin.value.cancellable, true);
    // Cancel as soon as the first report says the audit is under way.
    await s.waitForProgress((p) => p.token === begin.token && p.value.kind === 'report', from, 20000);
    s.notify('window/workDoneProgress/cancel', { token: begin.token });
    const result = await pending;
    assert.ok(result.files < N, `the audit stopped early (${result.files} of ${N} files)`);
    await s.waitForProgress((p) => p.token === begin.token && p.value.kind === 'end', from, 20000);
    // The server is still responsive and a new audit runs to the end.
    const full = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] }, 120000);
    assert.equal(full.files, N);
  });
});

void describe('workspace audit: cancelled while the folders are walked', () => {
  let s: LspSession;
  let dir: string;
  // 20,200 empty folders and one file: the walk alone takes ~0.15 s on a quiet 2-core machine (10,100 took
  // 66 ms there, over before the walk's first progress report once came) and a second or more on a busy
  // one. In memory where Linux offers it: ext4 under a busy machine takes ~40 s to delete 10,000 folders,
  // tmpfs under one.
  const FOLDERS = 200 * 100 + 200;
  before(async () => {
    dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'iac-lsp-audit-walk-'));
    for (let i = 0; i < 200; i++) for (let j = 0; j < 100; j++) mkdirSync(join(dir, `d${i}`, `e${j}`), { recursive: true });
    writeFileSync(join(dir, 'd199', 'e99', 'main.tf'), 'resource "aws_s3_bucket" "deep" {\n  bucket = "deep"\n}\n');
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir], workDoneProgress: true }));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('$/cancelRequest during the walk ends the audit at once, before any file', async () => {
    const from = s.progress.length;
    const audit = s.cancellableRequest<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] }, 60000);
    // The walk reports its progress: cancel as soon as it is under way.
    await s.waitForProgress((p) => p.value.kind === 'report' && /^listing files: \d+ folders$/.test(p.value.message ?? ''), from, 20000);
    const cancelledAt = performance.now();
    audit.cancel();
    const result = await audit.result;
    const ms = performance.now() - cancelledAt;
    assert.equal(result.files, 0);
    const note = s.logMessages.find((m) => m.startsWith('audit cancelled while listing the files of'));
    assert.ok(note, s.logMessages.slice(-5).join('\n'));
    const read = Number(/after (\d+) folders/.exec(note)![1]);
    assert.ok(read > 0 && read < FOLDERS, `the walk stopped part way (${read} of ${FOLDERS} folders)`);
    // Promptly: one slice of the walk (25 ms) and a round trip, with a wide margin for a loaded machine.
    assert.ok(ms < 2000, `the reply came ${Math.round(ms)} ms after the cancellation`);
    // Not cancelled, the same audit walks every folder and finds the one file.
    const full = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] }, 60000);
    assert.equal(full.files, 1);
  });
});
