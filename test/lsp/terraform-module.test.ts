// SPDX-License-Identifier: Apache-2.0
// A Terraform module is every .tf file of a directory: a bucket in a.tf is covered by the public access
// block in b.tf, whether b.tf is open (unsaved text) or only on disk, and the finding comes back when
// b.tf's block goes away.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, codes, fileUri, fixture, scratchUri } from './harness';
import { pinnedStart } from './expected';

const A = fixture('module/a.tf');
const B = fixture('module/b.tf');
const ALONE = ['AWS-S3-001', 'AWS-S3-002', 'AWS-S3-003'];
const COVERED = ['AWS-S3-002', 'AWS-S3-003'];

function codesAre(expected: string[]): (d: Diagnostic[]) => boolean {
  return (d) => JSON.stringify(codes(d)) === JSON.stringify(expected);
}

void describe('Terraform module across open files', () => {
  let s: LspSession;
  let dir: string;
  before(async () => {
    s = await LspSession.start(pinnedStart());
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-module-'));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('unsaved: the public access block in b.tf covers the bucket in a.tf; emptying b.tf brings the finding back', async () => {
    const a = scratchUri('module-unsaved', 'a.tf');
    const b = scratchUri('module-unsaved', 'b.tf');
    assert.deepEqual(codes(await s.diagnosticsAt(a, s.open(a, A))), ALONE);
    const vb = s.open(b, B);
    // Opening b.tf re-validates a.tf (same version, new diagnostics).
    await s.waitForDiagnostics(a, codesAre(COVERED));
    assert.deepEqual(await s.diagnosticsAt(b, vb), []);
    s.replace(b, '');
    await s.waitForDiagnostics(a, codesAre(ALONE));
    s.replace(b, B);
    await s.waitForDiagnostics(a, codesAre(COVERED));
    // A half-typed b.tf: the block is still readable up to the error.
    s.replaceText(b, 'restrict_public_buckets = true', 'restrict_public_buckets = ');
    const d = await s.waitForDiagnostics(b, (x) => x.some((y) => y.code === 'syntax'));
    assert.equal(d.filter((y) => y.code === 'syntax').length, 1);
  });

  void it(
    'unsaved: closing b.tf (never saved) brings the finding back on a.tf',
    async () => {
      const a = scratchUri('module-close', 'a.tf');
      const b = scratchUri('module-close', 'b.tf');
      await s.diagnosticsAt(a, s.open(a, A));
      s.open(b, B);
      await s.waitForDiagnostics(a, codesAre(COVERED));
      s.close(b);
      await s.waitForDiagnostics(a, codesAre(ALONE));
    },
  );

  void it('on disk: a.tf open, b.tf only on disk covers it', async () => {
    writeFileSync(join(dir, 'a.tf'), A);
    writeFileSync(join(dir, 'b.tf'), B);
    const a = fileUri(join(dir, 'a.tf'));
    assert.deepEqual(codes(await s.diagnosticsAt(a, s.open(a, A))), COVERED);
  });

  void it('on disk: deleting b.tf (workspace/didChangeWatchedFiles) brings the finding back; re-creating it removes it', async () => {
    const a = fileUri(join(dir, 'a.tf'));
    const b = join(dir, 'b.tf');
    if (!s.isOpen(a)) await s.diagnosticsAt(a, s.open(a, A));
    unlinkSync(b);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(b), type: 3 }] });
    await s.waitForDiagnostics(a, codesAre(ALONE), { since: s.mark() });
    writeFileSync(b, B);
    const mark = s.mark();
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(b), type: 1 }] });
    await s.waitForDiagnostics(a, codesAre(COVERED), { since: mark });
  });

  void it(
    'on disk: unsaved edits to b.tf count while it is open; closing it without saving goes back to the disk text',
    async () => {
      const a = fileUri(join(dir, 'a.tf'));
      const b = fileUri(join(dir, 'b.tf'));
      if (!s.isOpen(a)) await s.diagnosticsAt(a, s.open(a, A));
      s.open(b, B);
      s.replace(b, '# block removed, not saved\n');
      await s.waitForDiagnostics(a, codesAre(ALONE));
      s.close(b);
      await s.waitForDiagnostics(a, codesAre(COVERED));
    },
  );

  void it('files in another directory are not part of the module', async () => {
    const a = scratchUri('module-x', 'a.tf');
    const b = scratchUri('module-y', 'b.tf');
    await s.diagnosticsAt(b, s.open(b, B));
    assert.deepEqual(codes(await s.diagnosticsAt(a, s.open(a, A))), ALONE);
  });

  void it(
    'untitled documents are analyzed alone, not as one module',
    async () => {
      const a = 'untitled:Untitled-1';
      const b = 'untitled:Untitled-2';
      assert.deepEqual(codes(await s.diagnosticsAt(a, s.open(a, A, 'terraform'))), ALONE);
      await s.diagnosticsAt(b, s.open(b, B, 'terraform'));
      await s.barrier();
      // The public access block typed in Untitled-2 must not cover the bucket in Untitled-1.
      assert.deepEqual(codes(s.publishesFor(a).at(-1)!.params.diagnostics), ALONE);
    },
  );

  void it(
    'an edit to a .tf file does not re-analyze the CloudFormation templates open in its folder',
    async () => {
      const tf = scratchUri('module-mixed', 'main.tf');
      const yaml = scratchUri('module-mixed', 'stack.yaml');
      await s.diagnosticsAt(yaml, s.open(yaml, fixture('problems.yaml')));
      await s.diagnosticsAt(tf, s.open(tf, A));
      await s.barrier();
      const mark = s.mark();
      await s.diagnosticsAt(tf, s.replaceText(tf, 'acme-data', 'acme-data-2'));
      await s.barrier();
      assert.deepEqual(s.publishesFor(yaml).filter((p) => p.seq >= mark).map((p) => p.params.version), []);
    },
  );
});
