// SPDX-License-Identifier: Apache-2.0
// The Compliance view's tree (client/src/compliance-tree.ts), built without VS Code from a real scan's
// report data (server/src/report/tree-data.ts): the same frameworks, control statuses, counts, evidence
// and exceptions as the report, failing first, places that open the file at the line.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../../../rules';
import { scan } from '../../../server/src/report/scan-result';
import { buildComplianceReport } from '../../../server/src/report/compliance';
import { treeDataOf } from '../../../server/src/report/tree-data';
import { buildTree, frameworkDescription, walk } from '../../../client/src/compliance-tree';
import type { TreeNode } from '../../../client/src/compliance-tree';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-tree-'));
  writeFileSync(
    join(dir, 'main.tf'),
    [
      'resource "aws_s3_bucket" "logs" {',
      '  bucket = "acme-logs"',
      '}',
      '',
      'resource "aws_s3_bucket_public_access_block" "logs" {',
      '  bucket                  = aws_s3_bucket.logs.id',
      '  block_public_acls       = true',
      '  block_public_policy     = false',
      '  ignore_public_acls      = true',
      '  restrict_public_buckets = true',
      '}',
      '',
      'resource "aws_kms_key" "rotated" {',
      '  description         = "rotated"',
      '  enable_key_rotation = true',
      '}',
      '',
      '# iac-compliance:ignore AWS-KMS-001 Imported key material cannot rotate automatically; rotated by runbook',
      'resource "aws_kms_key" "imported" {',
      '  description = "imported"',
      '}',
      '',
      'resource "aws_kms_key" "unknown" {',
      '  description         = "depends on a variable without a value"',
      '  enable_key_rotation = var.rotate',
      '}',
      '',
      'variable "rotate" {',
      '  type = bool',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

void describe('Compliance view tree', () => {
  const dir = workspace();
  const result = scan([dir], ALL_RULES);
  const report = buildComplianceReport(result, ALL_RULES, ['cis-aws-5.0.0', 'soc2-2017'], new Date('2026-01-01T00:00:00Z'));
  const data = treeDataOf(report, (file) => pathToFileURL(join(dir, file)).toString());
  const roots = buildTree(data);
  const byId = new Map([...walk(roots)].map((n) => [n.id, n]));
  const node = (id: string): TreeNode => {
    const n = byId.get(id);
    assert.ok(n, `node ${id}; nodes: ${[...byId.keys()].slice(0, 40).join(', ')}`);
    return n;
  };

  void it('has one root per framework view of the report, then the exception register', () => {
    assert.deepEqual(
      roots.map((r) => r.label),
      ['CIS AWS 5.0.0 · Level 1', 'CIS AWS 5.0.0 · Levels 1+2', 'SOC 2', 'Exceptions'],
    );
    assert.deepEqual(
      roots.map((r) => r.tooltip.split('\n')[0]),
      [...report.frameworks.map((f) => (f.view === 'level1' ? `${f.title} (Level 1)` : f.view === 'all' ? `${f.title} (Levels 1 and 2)` : f.title)), 'The exception register: every suppression in force (and expired ones, whose findings are reported again).'],
    );
  });

  void it('counts every control of each framework once, with the report status, decided ones first', () => {
    for (const f of report.frameworks) {
      const root = node(`framework/${f.view ? `${f.key}:${f.view}` : f.key}`);
      const controls = root.children.flatMap((c) => (c.kind === 'group' ? c.children : [c]));
      assert.equal(controls.length, f.controls.length, root.label);
      const counted: Record<string, number> = {};
      for (const c of controls) counted[c.status!] = (counted[c.status!] ?? 0) + 1;
      for (const [status, n] of Object.entries(f.counts)) assert.equal(counted[status] ?? 0, n, `${root.label}: ${status}`);
      // Worst first among the decided controls; the groups (not applicable, manual) last.
      const order = ['fail', 'excepted-unjustified', 'excepted', 'unknown', 'pass'];
      const decided = root.children.filter((c) => c.kind === 'control').map((c) => order.indexOf(c.status!));
      assert.deepEqual(decided, [...decided].sort((a, b) => a - b), root.label);
      assert.ok(decided.every((i) => i >= 0));
      const groups = root.children.filter((c) => c.kind === 'group').map((g) => [g.status, Number(g.description)]);
      assert.deepEqual(groups, (['not-applicable', 'manual'] as const).filter((s) => f.counts[s] > 0).map((s) => [s, f.counts[s]]));
    }
  });

  void it('shows the pass rate and the counts that are not zero in the framework description', () => {
    const cis = report.frameworks.find((f) => f.key === 'cis-aws-5.0.0' && f.view === 'all')!;
    const root = node('framework/cis-aws-5.0.0:all');
    assert.equal(root.description, frameworkDescription(data.frameworks.find((f) => f.id === 'cis-aws-5.0.0:all')!));
    assert.ok(root.description.startsWith(`${Math.round(cis.passRate! * 1000) / 10}%`), root.description);
    assert.match(root.description, new RegExp(`${cis.counts.fail} fail`));
    assert.equal(root.status, 'fail');
  });

  void it('lists the resources behind a control with their status and place, failing first', () => {
    // CIS 2.1.4: block public access. The bucket's public access block lets public policies through, and
    // no account-level block exists (AWS-ACCOUNT-002, anchored on the root module's first file).
    const control = node('framework/cis-aws-5.0.0:all/2.1.4');
    assert.equal(control.status, 'fail');
    assert.match(control.label, /^2\.1\.4 /);
    assert.deepEqual(
      control.children.map((r) => [r.label, r.status, r.description]),
      [
        ['account-level (whole workspace)', 'fail', 'AWS-ACCOUNT-002 · main.tf:1'],
        ['aws_s3_bucket.logs', 'fail', 'AWS-S3-001 · main.tf:1'],
      ],
    );
    const bucket = control.children[1]!;
    // A click goes to the finding (the public access block's block_public_policy), not the bucket's header.
    assert.deepEqual(bucket.location, { uri: pathToFileURL(join(dir, 'main.tf')).toString(), line: 8, column: 3 });
    assert.equal(bucket.ruleId, 'AWS-S3-001');
    assert.match(bucket.tooltip, /block_public_policy|public/i);
    assert.equal(control.description, 'fail · L1 · 2 of 2 resources');
  });

  void it('shows key rotation with pass, excepted and cannot-verify resources, and their evidence', () => {
    const control = node('framework/cis-aws-5.0.0:all/3.6');
    assert.equal(control.status, 'excepted');
    assert.deepEqual(
      control.children.map((r) => [r.label, r.status]),
      [
        ['aws_kms_key.imported', 'excepted'],
        ['aws_kms_key.unknown', 'unknown'],
        ['aws_kms_key.rotated', 'pass'],
      ],
    );
    assert.match(control.children[0]!.tooltip, /Exception: Imported key material cannot rotate automatically/);
    assert.match(control.children[1]!.tooltip, /var\.rotate/);
    assert.equal(control.description, 'excepted · L2 · 2 of 3 resources');
  });

  void it('lists the exception register with the justification', () => {
    const exceptions = node('exceptions');
    assert.equal(exceptions.description, '1 in force');
    assert.deepEqual(
      exceptions.children.map((x) => [x.label, x.status, x.description, x.location?.line]),
      [['aws_kms_key.imported', 'excepted', 'AWS-KMS-001 · Imported key material cannot rotate automatically; rotated by runbook', 19]],
    );
  });

  void it('sends each evidence item once however many controls and frameworks it evidences', () => {
    const keys = data.evidence.map((e) => JSON.stringify(e));
    assert.equal(new Set(keys).size, keys.length);
    const references = data.frameworks.flatMap((f) => f.controls.flatMap((c) => c.evidence)).length;
    assert.ok(references > data.evidence.length, `${references} references to ${data.evidence.length} items`);
  });

  void it('gives every node a unique id (VS Code keeps expansion by id)', () => {
    const ids = [...walk(roots)].map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  void it('is empty for a workspace with nothing to judge', () => {
    const empty = mkdtempSync(join(tmpdir(), 'iac-tree-empty-'));
    const r = buildComplianceReport(scan([empty], ALL_RULES), ALL_RULES);
    assert.deepEqual(buildTree(treeDataOf(r, () => undefined)), []);
  });
});
