// SPDX-License-Identifier: Apache-2.0
// One count everywhere: on the same folder, the CLI scan, the report and the language server's audit
// count the same violations, "cannot verify" and suppressed findings; account-level findings are published
// once per workspace (not on every file), and a settings change keeps them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import { totalsOf } from '../../server/src/report/totals';
import type { AuditResult } from '../../server/src/protocol';
import { LspSession } from './harness';

const FILES: Record<string, string> = {
  'cfn/topic.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Alerts:\n    Type: AWS::SNS::Topic\n',
  'cfn/other.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n',
  'tf/main.tf': 'variable "kms" {}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_sqs_queue" "q" {\n  kms_master_key_id = var.kms\n}\n',
  'azure/main.tf': 'provider "azurerm" {\n  features {}\n}\n\nresource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n',
};

void describe('one count: CLI, report and editor agree', () => {
  let dir: string;
  let s: LspSession;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iac-one-count-'));
    for (const [rel, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    s = await LspSession.start({ workspaceFolders: [dir] });
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('audit counts = scan totals = report summary; account-level findings published once', async () => {
    const cli = totalsOf(scan([dir], ALL_RULES));
    const report = buildComplianceReport(scan([dir], ALL_RULES), ALL_RULES).summary;
    assert.deepEqual(report, cli);
    const mark = s.mark();
    const audit = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    assert.equal(audit.files, cli.files);
    assert.equal(audit.findings, cli.violations);
    assert.equal(audit.cannotVerify, cli.cannotVerify);
    assert.equal(audit.suppressed, cli.suppressed);
    await s.barrier();
    const published = s.publishes.slice(mark).flatMap((p) => p.params.diagnostics.map((d) => ({ uri: p.params.uri, d })));
    const shown = published.filter(({ d }) => /^(AWS|AZURE)-/.test(String(d.code)) && !d.message.startsWith('Cannot verify'));
    assert.equal(shown.length, cli.violations, 'the Problems panel holds as many violations as scan counts');
    const missing = published.filter(({ d }) => (d.data as { kind?: string } | undefined)?.kind === 'missing');
    const perRule = new Map<string, number>();
    for (const { d } of missing) perRule.set(String(d.code), (perRule.get(String(d.code)) ?? 0) + 1);
    assert.ok(perRule.size > 0);
    for (const [rule, n] of perRule) assert.equal(n, 1, `${rule} is published ${n} times`);
    // Account-level controls only where their cloud is used: no AWS one on the Azure module, no Azure one
    // on the AWS module or the templates; the Azure module gets the Azure subscription-level ones.
    assert.ok(!missing.some(({ uri, d }) => uri.includes('/azure/') && String(d.code).startsWith('AWS-')));
    assert.ok(!missing.some(({ uri, d }) => !uri.includes('/azure/') && String(d.code).startsWith('AZURE-')));
    assert.ok(missing.some(({ uri, d }) => uri.includes('/azure/') && String(d.code).startsWith('AZURE-')));
    // "Cannot verify" is a hint by default.
    const hints = published.filter(({ d }) => d.message.startsWith('Cannot verify'));
    assert.equal(hints.length, cli.cannotVerify);
    assert.ok(hints.every(({ d }) => d.severity === 4));
  });

  void it('a settings change keeps the account-level findings', async () => {
    await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] });
    await s.barrier();
    const mark = s.mark();
    s.changeConfiguration({ cannotVerifySeverity: 'warning' });
    await s.barrier();
    const after = s.publishes.slice(mark).flatMap((p) => p.params.diagnostics);
    assert.ok(after.some((d) => (d.data as { kind?: string } | undefined)?.kind === 'missing'), 'missing findings re-published after the settings change');
    assert.ok(after.filter((d) => d.message.startsWith('Cannot verify')).every((d) => d.severity === 2));
  });
});
