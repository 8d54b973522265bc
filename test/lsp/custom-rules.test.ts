// SPDX-License-Identifier: Apache-2.0
// Custom rules (.iac-compliance/rules/*.yaml) in the language server, over JSON-RPC: loaded at start, their
// problems published on the rule file at the offending key, their findings (with the set-value quick fix)
// on open documents, hot-reloaded when a rule file changes on disk, followed as an open rule file is
// typed, and not loaded in an untrusted workspace until trust is granted.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspSession, applyWorkspaceEdit, fileUri } from './harness';
import { pinnedStart } from './expected';
import { Notifications } from '../../server/src/protocol';

const TABLE_TF = `resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
`;

const DELETION_RULE = `id: ACME-DDB-001
title: Tables are protected from deletion
severity: high
rationale: Orders are the system of record.
remediation: Set deletion_protection_enabled.
frameworks:
  acme-standard: [DATA-1]
resource: aws.dynamodb.table
assert:
  attribute: deletionProtection
  equals: true
fix:
  title: Turn on deletion protection
  safety: safe
  set:
    deletionProtection: true
`;

const PITR_RULE = `id: ACME-DDB-002
title: Tables keep point-in-time recovery
severity: medium
rationale: Restores to any second of the last 35 days.
remediation: Turn on point-in-time recovery.
resource: aws.dynamodb.table
assert:
  attribute: pointInTimeRecovery
  equals: true
`;

/** A rule with a misspelt attribute: a problem on line 7 (0-based), at the value. */
const BROKEN_RULE = `id: ACME-DDB-003
title: Tables use a customer managed key
severity: low
rationale: Key policies are ours.
remediation: Set server_side_encryption.kms_key_arn.
resource: aws.dynamodb.table
assert:
  attribute: kmsKeyArm
  exists: true
`;

/** A rule whose pass example does not pass: the editor warns on the example. */
const EXAMPLE_RULE = `id: ACME-KMS-001
title: Keys rotate
severity: low
rationale: r
remediation: m
resource: aws.kms.key
assert:
  attribute: rotationEnabled
  equals: true
examples:
  pass:
    - terraform: |
        resource "aws_kms_key" "k" {}
  fail:
    - terraform: |
        resource "aws_kms_key" "k" {}
`;

const ids = (d: { code?: string | number }[]): string[] => d.map((x) => String(x.code)).filter((c) => c.startsWith('ACME-'));

void describe('custom rules in the language server', () => {
  let s: LspSession;
  let dir: string;
  const rulePath = (name: string): string => join(dir, '.iac-compliance', 'rules', name);
  const tf = (): string => fileUri(join(dir, 'main.tf'));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-custom-'));
    mkdirSync(join(dir, '.iac-compliance', 'rules'), { recursive: true });
    writeFileSync(rulePath('deletion.yaml'), DELETION_RULE);
    writeFileSync(rulePath('broken.yml'), BROKEN_RULE);
    writeFileSync(rulePath('examples.yaml'), EXAMPLE_RULE);
    writeFileSync(join(dir, 'main.tf'), TABLE_TF);
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir] }));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('loads them at start: the log says so; a broken file gets a diagnostic at the offending value', async () => {
    assert.ok(s.logMessages.some((m) => m.startsWith('Custom rules: 2 from ') && m.includes('1 rule file(s) with problems')), JSON.stringify(s.logMessages));
    const d = await s.waitForDiagnostics(fileUri(rulePath('broken.yml')), (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line, x.range.start.character, x.message]),
      [['custom-rule', 7, 13, 'assert.attribute: aws.dynamodb.table has no attribute "kmsKeyArm" (did you mean "kmsKeyArn"?)']],
    );
  });

  void it('an example that does not hold is a warning on the example (rules test in the editor)', async () => {
    const d = await s.waitForDiagnostics(fileUri(rulePath('examples.yaml')), (x) => x.length > 0);
    assert.deepEqual(
      d.map((x) => [x.code, x.severity, x.range.start.line, x.message]),
      [['custom-rule-example', 2, 11, 'This pass example does not hold: expected no finding, got: aws_kms_key.k: enable_key_rotation is false by default (expected true).']],
    );
  });

  void it('a custom finding comes with its own framework and its set-value quick fix, which clears it', async () => {
    const uri = tf();
    const d = await s.diagnosticsAt(uri, s.open(uri, TABLE_TF));
    assert.deepEqual(ids(d), ['ACME-DDB-001']);
    const finding = d.find((x) => x.code === 'ACME-DDB-001')!;
    assert.equal(finding.message, 'deletion_protection_enabled is false by default (expected true). [acme-standard DATA-1]');
    assert.equal(finding.codeDescription?.href, fileUri(rulePath('deletion.yaml')), 'the rule id links to its rule file');
    const actions = (await s.codeActions(uri, finding.range, [finding])) ?? [];
    const fix = actions.find((a) => a.title === 'Turn on deletion protection');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyWorkspaceEdit(TABLE_TF, fix.edit, uri);
    assert.match(fixed, /deletion_protection_enabled = true/);
    const after = await s.diagnosticsAt(uri, s.replace(uri, fixed));
    assert.deepEqual(ids(after), []);
    await s.diagnosticsAt(uri, s.replace(uri, TABLE_TF));
  });

  void it('the hover names a custom finding with its own framework and links to its rule file', async () => {
    const uri = tf();
    const d = await s.diagnosticsAt(uri);
    const finding = d.find((x) => x.code === 'ACME-DDB-001')!;
    const hover = await s.hover(uri, finding.range.start);
    const text = JSON.stringify(hover?.contents);
    // The resource header holds other findings too: the compact form, one line per rule.
    assert.match(text, /ACME-DDB-001 · Tables are protected from deletion\*\* \(high\) · acme-standard DATA-1/);
    assert.ok(text.includes(`[details](${fileUri(rulePath('deletion.yaml'))})`), text);
  });

  void it('the workspace audit counts custom rules, and their own framework is in the report', async () => {
    const result = await s.request<{ scores?: { id: string; fail: number }[] }>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.deepEqual(result.scores?.filter((x) => x.id.startsWith('acme-')).map((x) => [x.id, x.fail]), [['acme-standard', 1]]);
  });

  void it('hot reload: a rule file added, repaired or deleted on disk changes the findings of open documents', async () => {
    const uri = tf();
    let mark = s.mark();
    writeFileSync(rulePath('pitr.yaml'), PITR_RULE);
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rulePath('pitr.yaml')), type: 1 }] });
    let d = await s.waitForDiagnostics(uri, (x) => ids(x).includes('ACME-DDB-002'), { since: mark });
    assert.deepEqual(ids(d), ['ACME-DDB-001', 'ACME-DDB-002']);

    mark = s.mark();
    writeFileSync(rulePath('broken.yml'), BROKEN_RULE.replace('kmsKeyArm', 'kmsKeyArn'));
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rulePath('broken.yml')), type: 2 }] });
    d = await s.waitForDiagnostics(uri, (x) => ids(x).includes('ACME-DDB-003'), { since: mark });
    assert.deepEqual(ids(d), ['ACME-DDB-001', 'ACME-DDB-002', 'ACME-DDB-003']);
    assert.deepEqual(await s.waitForDiagnostics(fileUri(rulePath('broken.yml')), () => true, { since: mark }), [], 'the repaired file has no problems left');

    mark = s.mark();
    unlinkSync(rulePath('pitr.yaml'));
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rulePath('pitr.yaml')), type: 3 }] });
    d = await s.waitForDiagnostics(uri, (x) => !ids(x).includes('ACME-DDB-002'), { since: mark });
    assert.deepEqual(ids(d), ['ACME-DDB-001', 'ACME-DDB-003']);
  });

  void it('an open rule file reports the problems of its unsaved text; a duplicate id is one', async () => {
    const uri = fileUri(rulePath('new.yaml'));
    const v = s.open(uri, PITR_RULE, 'yaml');
    assert.deepEqual(await s.diagnosticsAt(uri, v), []);
    let d = await s.diagnosticsAt(uri, s.replaceText(uri, 'severity: medium', 'severity: urgent'));
    assert.deepEqual(d.map((x) => [x.range.start.line, x.message]), [[2, 'severity: "urgent" is not one of critical, high, medium, low']]);
    d = await s.diagnosticsAt(uri, s.replace(uri, PITR_RULE.replace('ACME-DDB-002', 'ACME-DDB-001')));
    assert.deepEqual(d.map((x) => [x.range.start.line, x.message]), [[0, 'id: "ACME-DDB-001" is already the id of the rule in ' + rulePath('deletion.yaml') + '; ids must be unique']]);
    s.close(uri);
  });
});

void describe('custom rules in an untrusted workspace', () => {
  void it('are not loaded until trust is granted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-lsp-custom-untrusted-'));
    mkdirSync(join(dir, '.iac-compliance', 'rules'), { recursive: true });
    writeFileSync(join(dir, '.iac-compliance', 'rules', 'deletion.yaml'), DELETION_RULE);
    const s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir], initializationOptions: { workspaceTrusted: false } }));
    try {
      const uri = fileUri(join(dir, 'main.tf'));
      const d = await s.diagnosticsAt(uri, s.open(uri, TABLE_TF));
      assert.deepEqual(ids(d), [], 'built-in rules only');
      assert.ok(s.logMessages.includes('Custom rules: 1 rule file(s) not loaded: the workspace is not trusted (built-in rules only)'), JSON.stringify(s.logMessages));
      const mark = s.mark();
      s.notify(Notifications.workspaceTrusted, null);
      const trusted = await s.waitForDiagnostics(uri, (x) => ids(x).length > 0, { since: mark });
      assert.deepEqual(ids(trusted), ['ACME-DDB-001']);
    } finally {
      await s.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
