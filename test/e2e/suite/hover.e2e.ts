// SPDX-License-Identifier: Apache-2.0
// Hover over a finding (vscode.executeHoverProvider): the rule, the rationale, the
// remediation and every framework id.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { ALL_RULES } from '../../../rules';
import { open, waitForCodes } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function meta(id: string): (typeof ALL_RULES)[number]['meta'] {
  const rule = ALL_RULES.find((r) => r.meta.id === id);
  assert.ok(rule, id);
  return rule.meta;
}

describe('hover', () => {
  it('Terraform: the KMS key finding shows rationale, remediation, CIS and SOC 2 ids', async () => {
    const editor = await open('main.tf');
    await waitForCodes(editor.document.uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001', 'AWS-EC2-001']);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(14, 12));
    const text = hoverText(hovers);
    const m = meta('AWS-KMS-001');
    assert.ok(text.includes(`**AWS-KMS-001 · ${m.title}** (medium)`), text);
    assert.ok(text.includes(`*Why it matters:* ${m.rationale}`), text);
    assert.ok(text.includes(`*How to fix:* ${m.remediation}`), text);
    assert.ok(text.includes('- CIS AWS 5.0.0: 3.6 (Level 2)'), text);
    assert.ok(text.includes('- SOC 2: CC6.1, PI1.5'), text);
    const ours = hovers.find((h) => hoverText([h]).includes('AWS-KMS-001'));
    assert.ok(ours?.range, 'hover range');
    assert.deepEqual([ours.range.start.line, ours.range.start.character, ours.range.end.line, ours.range.end.character], [14, 0, 14, 28]);
  });

  it('CloudFormation YAML: the public access block finding', async () => {
    const editor = await open('template.yaml');
    await waitForCodes(editor.document.uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001']);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(9, 29));
    const text = hoverText(hovers);
    const m = meta('AWS-S3-001');
    assert.ok(text.includes(`**AWS-S3-001 · ${m.title}** (high)`), text);
    assert.ok(text.includes(`*Why it matters:* ${m.rationale}`), text);
    assert.ok(text.includes('- CIS AWS 5.0.0: 2.1.4 (Level 1)'), text);
    assert.ok(text.includes('- SOC 2: CC6.1, CC6.6'), text);
  });
});
