// SPDX-License-Identifier: Apache-2.0
// What the VS Code client's Compliance view and "Explain Rule" ask the server for: the audit with
// `tree: true` (the report as plain data, counted as the scores count), the rule list
// (iacCompliance/rules), and the log lines the output channel shows.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditResult, RuleInfo } from '../../server/src/protocol';
import { ALL_RULES } from '../../rules';
import { LspSession, fileUri, fixture } from './harness';
import { pinnedStart } from './expected';

void describe('audit tree data, rules and log for the VS Code client', () => {
  let s: LspSession;
  let dir: string;
  const uri = (rel: string): string => fileUri(join(dir, rel));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-tree-'));
    const files: Record<string, string> = {
      'main.tf': fixture('problems.tf'),
      'net/sg.tf': fixture('audit/net/sg.tf'),
      'stack.yaml': fixture('problems.yaml'),
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    s = await LspSession.start(pinnedStart({ configuration: true, workspaceFolders: [dir] }));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('with tree: true, the frameworks and control counts the scores have, evidence once, places in the audited files', async () => {
    const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir], tree: true });
    const tree = result.tree;
    assert.ok(tree, 'tree data');
    assert.equal(tree.files, result.files);
    assert.deepEqual(
      tree.frameworks.map((f) => f.id),
      (result.scores ?? []).map((x) => x.id),
    );
    for (const f of tree.frameworks) {
      const score = result.scores!.find((x) => x.id === f.id)!;
      const n = (status: string): number => f.controls.filter((c) => c.status === status).length;
      assert.equal(n('pass'), score.pass, f.id);
      assert.equal(n('fail') + n('excepted-unjustified'), score.fail, f.id);
      assert.equal(n('unknown'), score.unknown, f.id);
      assert.equal(f.passRate, score.passRate, f.id);
      for (const [status, count] of Object.entries(f.counts)) assert.equal(n(status), count, `${f.id} ${status}`);
      for (const c of f.controls) for (const i of c.evidence) assert.ok(tree.evidence[i], `${f.id} ${c.id}: evidence ${i}`);
    }
    const audited = [uri('main.tf'), uri('net/sg.tf'), uri('stack.yaml')];
    for (const e of tree.evidence) assert.ok(audited.includes(e.uri), `${e.ruleId} ${e.resource}: ${e.uri}`);
    assert.equal(new Set(tree.evidence.map((e) => JSON.stringify(e))).size, tree.evidence.length, 'each item once');
    // The security group's finding: the tree points where the diagnostic is (cidr_blocks, line 8 col 5).
    const sg = tree.evidence.find((e) => e.ruleId === 'AWS-EC2-001' && e.uri === uri('net/sg.tf'));
    assert.deepEqual(sg && { resource: sg.resource, file: sg.file, line: sg.line, at: sg.at, status: sg.status }, {
      resource: 'aws_security_group.ssh',
      file: 'net/sg.tf',
      line: 1,
      at: { line: 8, column: 5 },
      status: 'fail',
    });
    const control = tree.frameworks.find((f) => f.id === 'cis-aws-5.0.0:level1')!.controls.find((c) => c.id === '5.3')!;
    assert.equal(control.status, 'fail');
    assert.ok(control.evidence.some((i) => tree.evidence[i] === sg));
    assert.equal(tree.frameworks.find((f) => f.id === 'cis-aws-5.0.0:level1')!.short, 'CIS AWS 5.0.0 · Level 1');
    // Without the flag, no tree.
    const plain = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.equal(plain.tree, undefined);
  });

  void it('iacCompliance/rules lists every rule with its page on disk', async () => {
    const rules = await s.request<RuleInfo[]>('iacCompliance/rules');
    assert.equal(rules.length, ALL_RULES.length);
    assert.deepEqual(
      rules.map((r) => r.id),
      ALL_RULES.map((r) => r.meta.id).sort((a, b) => a.localeCompare(b)),
    );
    const s3 = rules.find((r) => r.id === 'AWS-S3-001');
    assert.deepEqual(s3 && { title: s3.title, severity: s3.severity, summary: s3.summary }, {
      title: 'S3 bucket blocks all public access',
      severity: 'high',
      summary: 'CIS AWS 5.0.0 2.1.4 (L1) · SOC 2 CC6.1, CC6.6',
    });
    for (const r of rules) assert.ok(existsSync(fileURLToPath(r.doc)), `${r.id}: ${r.doc}`);
  });

  void it('logs its start and each audit (the output channel shows them)', async () => {
    await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    await s.barrier();
    assert.ok(
      s.logMessages.some((m) => new RegExp(`^iac-compliance \\S+ \\(Node v[^)]+\\): ${ALL_RULES.length} rules; workspace ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(m)),
      s.logMessages.join('\n'),
    );
    assert.ok(s.logMessages.some((m) => /^audit: 3 file\(s\) \(\d+ read from disk\) in \d+ ms: \d+ violation\(s\), \d+ cannot verify, 0 suppressed$/.test(m)), s.logMessages.join('\n'));
  });
});
