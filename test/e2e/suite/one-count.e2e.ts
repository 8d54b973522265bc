// SPDX-License-Identifier: Apache-2.0
// One count everywhere (issue 11), in the real editor, on real-world code: copies of terraform-aws-rds and
// aws-cloudformation-templates/AutoScaling (from ../shared/corpus/real, made at test time inside the
// workspace) plus a folder with only Azure resources. After "Audit Workspace" on that folder the Problems
// panel's violations and "cannot verify" = `iac-compliance scan`'s = the report's summary (the saved
// Markdown report is the CLI's `report --format md`, time aside); the same after an edit is saved (the
// status bar score follows it); and no AWS account-level finding lands in the folder without AWS (its own
// Azure subscription-level controls are judged there).
//
// Runs with every rule on (the workspace settings pin seven rules for the other files; restored after).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { AuditResult } from '../../../server/src/protocol';
import { codeOf, dataOf, setSetting, SOURCE, waitForDiagnostics, waitForEvent, wsUri } from './helpers';

const EXTENSION_ID = 'iac-compliance.iac-compliance';

interface Api {
  followIdle(): Promise<void>;
  statusBar(): { text: string; tooltip: string };
}

interface Counts {
  violations: number;
  cannotVerify: number;
}

/** Where the shared corpus is: beside the repository (CI), or the machine's copy. */
function corpusDir(repo: string): string | undefined {
  return [join(repo, '..', 'shared', 'corpus', 'real'), '/work/shared/corpus/real'].find((d) => existsSync(join(d, 'terraform-aws-rds')));
}

/** The Problems panel under `dir`, counted as `scan` counts: rule findings, "cannot verify" apart. */
function problems(dir: string): Counts & { files: Map<string, string[]> } {
  const out = { violations: 0, cannotVerify: 0, files: new Map<string, string[]>() };
  for (const [uri, ds] of vscode.languages.getDiagnostics()) {
    if (!uri.fsPath.startsWith(dir + '/')) continue;
    for (const d of ds) {
      const data = dataOf(d);
      if (d.source !== SOURCE || !data?.kind) continue;
      if (data.kind === 'unverifiable') out.cannotVerify++;
      else out.violations++;
      out.files.set(uri.fsPath, [...(out.files.get(uri.fsPath) ?? []), codeOf(d)]);
    }
  }
  return out;
}

function cli(repo: string, args: string[]): string {
  // ELECTRON_RUN_AS_NODE: in desktop VS Code the extension host's executable is Electron.
  const r = spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 1 << 28, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `iac-compliance ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

function scanCounts(repo: string, dir: string): Counts {
  const summary = (JSON.parse(cli(repo, ['scan', dir, '--format', 'json'])) as { summary: Counts }).summary;
  return { violations: summary.violations, cannotVerify: summary.cannotVerify };
}

/** The report's totals line (`N violations, N cannot verify, N suppressed.`). */
function reportCounts(markdown: string): Counts {
  const m = /^(\d+) violations?, (\d+) cannot verify, \d+ suppressed\.$/m.exec(markdown);
  assert.ok(m, 'the report has its totals line');
  return { violations: Number(m[1]), cannotVerify: Number(m[2]) };
}

const same = (a: Counts, b: Counts): boolean => a.violations === b.violations && a.cannotVerify === b.cannotVerify;

/** The report without the time and the excluded paths (the editor adds `files.exclude`'s globs there). */
const withoutTime = (md: string): string =>
  md
    .split('\n')
    .filter((l) => !l.startsWith('| Generated |') && !l.startsWith('| Excluded paths |'))
    .join('\n');

describe('one count: Problems = scan = report on real-world code', function () {
  let repo: string;
  let api: Api;
  let dir: string;
  let azure: string;
  let pinned: unknown;

  before(async function () {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    api = ext.isActive ? ext.exports : await ext.activate();
    repo = ext.extensionPath;
    const corpus = corpusDir(repo);
    if (!corpus) {
      console.log('[e2e] one-count: ../shared/corpus/real is not on this machine; skipped');
      this.skip();
    }
    dir = wsUri('one-count').fsPath;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(corpus!, 'terraform-aws-rds'), join(dir, 'terraform-aws-rds'), { recursive: true });
    cpSync(join(corpus!, 'aws-cloudformation-templates', 'AutoScaling'), join(dir, 'AutoScaling'), { recursive: true });
    azure = join(dir, 'azure-only');
    mkdirSync(azure);
    writeFileSync(join(azure, 'main.tf'), 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n');
    pinned = vscode.workspace.getConfiguration('iacCompliance').get('excludedRules');
    await setSetting('iacCompliance', 'excludedRules', []);
    await setSetting('iacCompliance', 'severityThreshold', 'info');
    await api.followIdle();
  });

  after(async () => {
    if (!dir) return;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('iacCompliance', 'excludedRules', pinned);
    rmSync(dir, { recursive: true, force: true });
    await api.followIdle();
  });

  it('a folder with only Azure resources gets no AWS finding, alone or with AWS folders beside it', async () => {
    const r = await vscode.commands.executeCommand<AuditResult>('iacCompliance.auditWorkspace', { folders: [azure] });
    assert.equal(r?.files, 1);
    // Its own subscription-level controls (Defender plans, activity log alerts, ...) are judged; AWS's are not.
    const scan = JSON.parse(cli(repo, ['scan', azure, '--format', 'json'])) as { findings: { ruleId: string }[] };
    const ids = scan.findings.map((f) => f.ruleId);
    assert.ok(ids.length > 0, 'the Azure subscription-level controls are judged');
    assert.deepEqual(ids.filter((id) => !id.startsWith('AZURE-')), []);
    assert.equal(r?.findings, ids.length);
    await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => problems(azure).violations === ids.length, 'Problems = scan in the Azure folder').catch(() => undefined);
    const shown = problems(azure).files.get(join(azure, 'main.tf')) ?? [];
    assert.deepEqual(shown.filter((id) => !id.startsWith('AZURE-')), []);
    assert.equal(shown.length, ids.length);
  });

  it('after the audit: Problems = scan = report summary, and the saved report is the CLI report', async () => {
    const r = await vscode.commands.executeCommand<AuditResult>('iacCompliance.auditWorkspace', { folders: [dir] });
    assert.ok(r && r.files > 100, `${r?.files} files audited`);
    const cliCounts = scanCounts(repo, dir);
    assert.ok(cliCounts.violations > 50, `${cliCounts.violations} violations`);
    await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => same(problems(dir), cliCounts), 'Problems = scan after the audit').catch(() => undefined);
    const shown = problems(dir);
    assert.deepEqual({ violations: shown.violations, cannotVerify: shown.cannotVerify }, cliCounts);
    assert.deepEqual({ violations: r.findings, cannotVerify: r.cannotVerify }, cliCounts);
    assert.deepEqual((shown.files.get(join(azure, 'main.tf')) ?? []).filter((id) => id.startsWith('AWS-')), [], 'no AWS finding in the Azure folder');
    // Account-level findings: once for the workspace, not per module or template.
    const monitoring = [...shown.files.values()].flat().filter((c) => c === 'AWS-MONITORING-001');
    assert.equal(monitoring.length, 1);
    // Save as Markdown / HTML (the webview's buttons, here with a target instead of the dialog).
    const md = wsUri('one-count-report.md');
    const html = wsUri('one-count-report.html');
    await vscode.commands.executeCommand('iacCompliance.saveReport', 'markdown', md.toString());
    await vscode.commands.executeCommand('iacCompliance.saveReport', 'html', html);
    const saved = readFileSync(md.fsPath, 'utf8');
    assert.deepEqual(reportCounts(saved), cliCounts);
    assert.equal(withoutTime(saved), withoutTime(cli(repo, ['report', dir, '--format', 'md'])));
    const savedHtml = readFileSync(html.fsPath, 'utf8');
    assert.match(savedHtml, /^<!doctype html>/);
    assert.ok(!savedHtml.includes('command:'), 'the saved HTML has no editor links');
    rmSync(md.fsPath);
    rmSync(html.fsPath);
  });

  it('after an edit is saved: still Problems = scan = report, and the status bar score follows', async () => {
    const earlier = problems(dir);
    const uri = vscode.Uri.file(join(dir, 'terraform-aws-rds', 'main.tf'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, end, '\nresource "aws_s3_bucket" "e2e_added" {\n  bucket = "e2e-added"\n}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    const added = doc.lineCount - 4;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'AWS-S3-001' && d.range.start.line === added), `AWS-S3-001 on the added bucket (line ${added + 1})`);
    // The edit marked the score stale; the quiet re-audit replaced it.
    await api.followIdle();
    const status = api.statusBar();
    assert.ok(!status.text.includes('(updating)'), status.text);
    // The report opened by the previous test is still open, so the quiet re-audit refreshed it as well.
    assert.match(status.tooltip, /Click for the report/);
    assert.doesNotMatch(status.tooltip, /Files changed/);
    const cliCounts = scanCounts(repo, dir);
    assert.ok(cliCounts.violations > earlier.violations, `${earlier.violations} → ${cliCounts.violations}`);
    // The open file is re-published when the workspace's account-level verdict changes: wait for it.
    await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => same(problems(dir), cliCounts), 'Problems = scan after the save').catch(() => undefined);
    const later = problems(dir);
    assert.deepEqual({ violations: later.violations, cannotVerify: later.cannotVerify }, cliCounts);
    // Clicking the status bar re-runs the audit: the report agrees again.
    const r = await vscode.commands.executeCommand<AuditResult>('iacCompliance.auditWorkspace', { folders: [dir] });
    assert.deepEqual({ violations: r?.findings, cannotVerify: r?.cannotVerify }, cliCounts);
    assert.deepEqual({ violations: problems(dir).violations, cannotVerify: problems(dir).cannotVerify }, cliCounts);
    assert.doesNotMatch(api.statusBar().tooltip, /Files changed/);
  });
});
