// SPDX-License-Identifier: Apache-2.0
// The audit command: scans the workspace, fills the Problems of files never opened, and opens the report.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { AuditResult, FrameworkScore } from '../../../server/src/protocol';
import { REFS, shape, waitForCodes, waitForEvent, wsUri } from './helpers';

const REPORT_TITLE = 'IaC Compliance Report';

function reportTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === REPORT_TITLE);
}

describe('audit', () => {
  let result: AuditResult | undefined;
  it('iacCompliance.auditWorkspace reports every file and fills diagnostics for unopened files', async () => {
    const unopened = wsUri('audit/network.tf');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'audit/network.tf is not open');
    const r = await vscode.commands.executeCommand<AuditResult>('iacCompliance.auditWorkspace');
    assert.ok(r, 'the command returns the audit result');
    result = r;
    // 9 files: every .tf/.yaml/.json of the fixture workspace except .vscode/settings.json (not a template).
    assert.equal(r.files, 9);
    assert.equal(r.findings, 25);
    // One bucket declares no public access block: AWS-S3-001 says it relies on the AWS default (low).
    assert.deepEqual(r.bySeverity, { high: 11, medium: 13, low: 1 });
    const score = (id: string): FrameworkScore | undefined => r.scores?.find((s) => s.id === id);
    assert.deepEqual(score('soc2-2017'), { id: 'soc2-2017', name: 'SOC 2 (2017 Trust Services Criteria)', pass: 0, fail: 7, unknown: 0, passRate: 0 });
    assert.deepEqual(score('cis-aws-5.0.0:level1'), { id: 'cis-aws-5.0.0:level1', name: 'CIS AWS Foundations Benchmark v5.0.0 (Level 1)', pass: 0, fail: 4, unknown: 0, passRate: 0 });
    const ds = await waitForCodes(unopened, ['AWS-EC2-001']);
    assert.deepEqual(shape(ds[0]!), { code: 'AWS-EC2-001', severity: 'Error', range: '7:4-7:31', message: `Ingress from 0.0.0.0/0 is allowed to RDP (3389). ${REFS.EC2_001}` });
    await waitForCodes(wsUri('template.json'), ['AWS-EC2-001', 'AWS-RDS-002', 'AWS-RDS-001']);
  });

  it('opens the report (a webview tab "IaC Compliance Report", viewType iacCompliance.report)', async () => {
    // The command ran in the test above; the client shows the HTML the server returned.
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => reportTab() !== undefined, `a webview tab "${REPORT_TITLE}"`);
    const input = reportTab()!.input as vscode.TabInputWebview;
    assert.ok(input.viewType.endsWith('iacCompliance.report'), input.viewType);
    assert.equal(typeof result?.reportHtml, 'string');
    assert.ok(result!.reportHtml!.includes('audit/network.tf'), 'the report lists the unopened file');
  });
});
