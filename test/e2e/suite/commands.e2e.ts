// SPDX-License-Identifier: Apache-2.0
// The commands, the output channel, the rule pages and the walkthrough: every contributed command is
// registered; the "IaC Compliance" channel has the server's log; "Explain Rule" and a finding's rule link
// open the rendered Markdown preview (not the raw text); "Fix All in File" applies the safe fixes only;
// "Open a Sample" gives an unsaved Terraform file with findings; the walkthrough's media and commands exist.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, ours, waitForCodes, waitForDiagnostics, waitForEvent, waitForText, wsUri } from './helpers';

const EXTENSION_ID = 'iac-compliance.iac-compliance';

interface Api {
  log: { name: string; lines: readonly string[] };
}

function extension(): vscode.Extension<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext;
}

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

/** The Markdown preview's tab of `file` (a webview titled "Preview <name>"). */
function previewTab(file: string): vscode.Tab | undefined {
  return allTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label.includes(file));
}

function textTab(uri: vscode.Uri): vscode.Tab | undefined {
  return allTabs().find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
}

describe('commands, output and rule pages', () => {
  const created: string[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created) fs.rmSync(f, { force: true, recursive: true });
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = (extension().packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    for (const id of ['iacCompliance.auditWorkspace', 'iacCompliance.rerunAudit', 'iacCompliance.showReport', 'iacCompliance.explainRule', 'iacCompliance.fixAllInFile', 'iacCompliance.showOutput', 'iacCompliance.openSample']) {
      assert.ok(contributed.includes(id), `${id} is contributed`);
    }
    assert.deepEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
      'every contributed command is registered',
    );
  });

  it('the "IaC Compliance" output channel has the server log, and Show Output runs', async () => {
    const api = extension().exports;
    assert.equal(api.log.name, 'IaC Compliance');
    const lines = api.log.lines;
    assert.ok(lines.some((l) => /iac-compliance \S+ \(Node v\d+[^)]*\): \d+ rules; workspace /.test(l)), `the server's start line; log:\n${lines.slice(0, 20).join('\n')}`);
    // The audit test ran first: the server logged it, and so did the client.
    assert.ok(lines.some((l) => /audit: \d+ file\(s\) \(\d+ read from disk\) in \d+ ms/.test(l)), `the server's audit line; log:\n${lines.join('\n')}`);
    assert.ok(lines.some((l) => /workspace audit \(Audit Workspace\): \d+ violations?/.test(l)), `the client's audit line; log:\n${lines.join('\n')}`);
    await vscode.commands.executeCommand('iacCompliance.showOutput');
  });

  it('Explain Rule opens the rule page as rendered Markdown', async () => {
    const shown = await vscode.commands.executeCommand<string | undefined>('iacCompliance.explainRule', 'AWS-S3-001');
    assert.equal(shown, 'AWS-S3-001');
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTab('AWS-S3-001.md') !== undefined, 'the Markdown preview of AWS-S3-001.md');
  });

  it("a finding's rule link opens the preview in place of the raw page", async () => {
    const main = wsUri('main.tf');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(main));
    const ds = await waitForDiagnostics(main, (d) => d.some((x) => codeOf(x) === 'AWS-S3-001'), 'AWS-S3-001');
    const code = ds.find((x) => codeOf(x) === 'AWS-S3-001')!.code;
    assert.ok(typeof code === 'object' && code.target.scheme === 'file', `a file link: ${JSON.stringify(code)}`);
    const target = code.target;
    assert.ok(target.path.endsWith('/docs/rules/AWS-S3-001.md'), target.toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // What a click on the link does: the opener opens the file URI in an editor.
    await vscode.commands.executeCommand('vscode.open', target);
    await waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      () => previewTab('AWS-S3-001.md') !== undefined && textTab(target) === undefined,
      'the preview of AWS-S3-001.md, and no text editor of it',
    );
  });

  it('Fix All in File applies the safe fixes only', async () => {
    const dir = path.join(wsUri('').fsPath, 'commands');
    fs.mkdirSync(dir, { recursive: true });
    created.push(dir);
    const file = path.join(dir, 'fix.tf');
    fs.writeFileSync(
      file,
      [
        'resource "aws_kms_key" "k" {',
        '  description = "k"',
        '}',
        '',
        'resource "aws_db_instance" "db" {',
        '  engine              = "postgres"',
        '  instance_class      = "db.t3.micro"',
        '  allocated_storage   = 20',
        '  storage_encrypted   = true',
        '  publicly_accessible = true',
        '}',
        '',
      ].join('\n'),
    );
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    await waitForCodes(doc.uri, ['AWS-KMS-001', 'AWS-RDS-002']);
    const applied = await vscode.commands.executeCommand<boolean>('iacCompliance.fixAllInFile');
    assert.equal(applied, true);
    const expected = ['resource "aws_kms_key" "k" {', '  description         = "k"', '  enable_key_rotation = true', '}'].join('\n');
    await waitForText(doc, (t) => t.startsWith(expected), 'key rotation turned on');
    // Making the database private changes behaviour: not a safe fix, left for the user.
    assert.ok(doc.getText().includes('publicly_accessible = true'), doc.getText());
    await waitForCodes(doc.uri, ['AWS-RDS-002']);
    // Nothing safe left: the command says so and applies nothing.
    const version = doc.version;
    assert.equal(await vscode.commands.executeCommand<boolean>('iacCompliance.fixAllInFile', doc.uri), false);
    assert.equal(doc.version, version);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Open a Sample gives an unsaved Terraform file with findings', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('iacCompliance.openSample');
    const doc = editor.document;
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'terraform');
    const has = (ds: vscode.Diagnostic[], code: string): vscode.Diagnostic | undefined => ds.find((d) => codeOf(d) === code);
    const ds = await waitForDiagnostics(doc.uri, (d) => !!has(d, 'AWS-S3-001') && !!has(d, 'AWS-KMS-001'), 'the public policy and key rotation findings');
    const lines = doc.getText().split('\n');
    assert.equal(has(ds, 'AWS-S3-001')!.range.start.line, lines.findIndex((l) => l.includes('block_public_policy')));
    assert.equal(has(ds, 'AWS-KMS-001')!.range.start.line, lines.findIndex((l) => l.includes('resource "aws_kms_key"')));
    assert.ok(ours(doc.uri).every((d) => codeOf(d) !== 'syntax'), 'the sample parses');
    assert.equal(vscode.window.activeTextEditor?.document, doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it("the walkthrough's steps have their media, and their links run registered commands", async () => {
    const ext = extension();
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown?: string } }[] }[];
    assert.deepEqual(
      walkthroughs.map((w) => [w.id, w.steps.map((s) => s.id)]),
      [['gettingStarted', ['openSample', 'seeFinding', 'applyFix', 'runAudit']]],
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthroughs[0]!.steps) {
      assert.ok(step.media.markdown && fs.existsSync(path.join(ext.extensionPath, step.media.markdown)), `${step.id}: ${step.media.markdown}`);
      const commands = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.ok(commands.length > 0, `${step.id} has a button`);
      for (const c of commands) assert.ok(registered.has(c), `${step.id}: ${c} is registered`);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    await waitForEvent(
      vscode.window.tabGroups.onDidChangeTabs,
      () => allTabs().some((t) => /Welcome|Walkthrough|Get started/i.test(t.label)),
      'the walkthrough tab',
    );
  });
});
