// SPDX-License-Identifier: Apache-2.0
// textDocument/hover: over one finding, the rule's id, title, severity, rationale, remediation and every
// framework id; over several, one compact line each; anywhere else, null.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { ALL_RULES } from '../../rules';
import { LspSession, fixture, scratchUri } from './harness';
import { pinnedStart } from './expected';

const RULES = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta]));

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
}

void describe('hover', () => {
  let s: LspSession;
  const tf = scratchUri('hover', 'main.tf');
  const yaml = scratchUri('hover', 'stack.yaml');
  before(async () => {
    s = await LspSession.start(pinnedStart());
    await s.diagnosticsAt(tf, s.open(tf, fixture('problems.tf')));
    await s.diagnosticsAt(yaml, s.open(yaml, fixture('problems.yaml')));
  });
  after(() => s.shutdown());

  void it('on a bucket header with several findings: one compact line each, no message repeated', async () => {
    const h = await s.hover(tf, { line: 5, character: 12 });
    const v = markdown(h);
    assert.deepEqual(h!.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 31 } });
    const lines = v.split('\n');
    assert.deepEqual(
      lines.map((l) => l.replace(/ · \[details\]\(file:\/\/\/[^)]*\/docs\/rules\/(AWS-[A-Z0-9]+-\d+)\.md\)$/, ' · [details]($1)')),
      [
        '- **AWS-S3-001 · S3 bucket blocks all public access** (high) · CIS AWS 5.0.0 2.1.4 (L1) · SOC 2 CC6.1, CC6.6 · [details](AWS-S3-001)',
        '- **AWS-S3-002 · S3 bucket declares default encryption at rest** (medium) · CIS AWS 1.4.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.2, PI1.4 · [details](AWS-S3-002)',
        '- **AWS-S3-003 · S3 bucket policy denies requests not sent over HTTPS** (medium) · CIS AWS 5.0.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.7 · [details](AWS-S3-003)',
      ],
    );
    assert.ok(!v.includes('The bucket has no public access block'), 'the message is the diagnostic\'s, not repeated');
    assert.ok(v.length < 1000, `compact: ${v.length} characters`);
  });

  void it('on one finding: title, the whole rationale and remediation, every framework id, no message', async () => {
    const v = markdown(await s.hover(yaml, { line: 14, character: 29 }));
    assert.equal(v.split('\n')[0], '**AWS-S3-001 · S3 bucket blocks all public access** (high)');
    assert.ok(!v.includes('The public access block does not block public policies'), 'no repeated message');
    assert.ok(v.includes(`*Why it matters:* ${RULES.get('AWS-S3-001')!.rationale}`), 'the whole rationale');
    assert.ok(v.includes(`*How to fix:* ${RULES.get('AWS-S3-001')!.remediation}`), 'the remediation');
    const frameworks = v.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(frameworks, [
      '- CIS AWS 5.0.0: 2.1.4 (Level 1)',
      '- CIS AWS 3.0.0: 2.1.4 (Level 1)',
      '- CIS AWS 1.4.0: 2.1.5 (Level 1)',
      '- SOC 2: CC6.1, CC6.6',
      '- NIST 800-53: AC-3, AC-4, AC-6, AC-17, SC-7',
      '- NIST CSF 2.0: PR.AA-05, PR.DS-01',
    ]);
    assert.match(v, /\[Rule documentation\]\(file:\/\/\/.*\/docs\/rules\/AWS-S3-001\.md\)$/);
  });

  void it('on an attribute: only the finding on it', async () => {
    const v = markdown(await s.hover(tf, { line: 25, character: 26 }));
    assert.equal(v.split('\n')[0], '**AWS-RDS-002 · RDS instance is not publicly accessible** (high)');
    assert.ok(!v.includes('---'));
    assert.ok(v.includes('- CIS AWS 5.0.0: 2.2.3 (Level 1)\n- CIS AWS 3.0.0: 2.3.3 (Level 1)\n- SOC 2: CC6.1, CC6.2, CC6.6\n'));
    assert.ok(v.includes(RULES.get('AWS-RDS-002')!.rationale));
  });

  void it('at both ends of a finding range (inclusive)', async () => {
    for (const character of [2, 28]) {
      const h = await s.hover(tf, { line: 25, character });
      assert.equal(markdown(h).split('\n')[0], '**AWS-RDS-002 · RDS instance is not publicly accessible** (high)', `character ${character}`);
    }
  });

  void it('on a "cannot verify" note: the level says so', async () => {
    const v = markdown(await s.hover(tf, { line: 35, character: 40 }));
    assert.equal(v.split('\n')[0], '**AWS-CLOUDTRAIL-001 · CloudTrail trail records every region** (cannot verify)');
    assert.ok(v.includes('- CIS AWS 5.0.0: 3.1 (Level 1)'));
    assert.ok(v.includes('- SOC 2: A1.2, CC2.1, CC7.2, PI1.3'));
  });

  void it('in CloudFormation YAML, on the offending value', async () => {
    const v = markdown(await s.hover(yaml, { line: 14, character: 29 }));
    assert.equal(v.split('\n')[0], '**AWS-S3-001 · S3 bucket blocks all public access** (high)');
    assert.ok(v.includes('- CIS AWS 5.0.0: 2.1.4 (Level 1)'));
    assert.ok(v.includes('- SOC 2: CC6.1, CC6.6'));
  });

  void it('elsewhere: null', async () => {
    for (const position of [
      { line: 0, character: 3 }, // comment
      { line: 2, character: 12 }, // variable block
      { line: 6, character: 4 }, // inside the bucket, not on a finding
      { line: 8, character: 0 }, // blank line
      { line: 25, character: 29 }, // just after publicly_accessible = true
      { line: 999, character: 0 }, // past the end
    ]) {
      assert.equal(await s.hover(tf, position), null, JSON.stringify(position));
    }
    assert.equal(await s.hover(yaml, { line: 2, character: 5 }), null);
  });

  void it('in a document that is not ours or not open: null', async () => {
    const workflow = scratchUri('hover', 'ci.yaml');
    await s.diagnosticsAt(workflow, s.open(workflow, fixture('workflow.yaml')));
    assert.equal(await s.hover(workflow, { line: 0, character: 2 }), null);
    assert.equal(await s.hover(scratchUri('hover', 'never-opened.tf'), { line: 5, character: 3 }), null);
  });

  void it('follows edits: after fixing the attribute, no hover there', async () => {
    const uri = scratchUri('hover-edit', 'main.tf');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    await s.diagnosticsAt(uri, s.replaceText(uri, 'true', 'false', 'publicly_accessible'));
    assert.equal(await s.hover(uri, { line: 25, character: 26 }), null);
  });
});
