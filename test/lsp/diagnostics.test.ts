// SPDX-License-Identifier: Apache-2.0
// The built server over stdio: diagnostics published on didOpen for Terraform, CloudFormation YAML and
// CloudFormation JSON, with exact codes, ranges, severities, messages and `data`; files that are not ours
// get an empty list and nothing else.

import { describe, it, before, after } from 'node:test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { ALL_RULES } from '../../rules';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { LspSession, fixture, offsetAt, positionOf, scratchUri, shape } from './harness';
import { pinnedStart, PROBLEMS_JSON, PROBLEMS_TF, PROBLEMS_YAML } from './expected';

const RULES = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta]));

/** What every finding diagnostic carries, whatever the file. */
function assertFindingInvariants(text: string, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const id = String(d.code);
    const meta = RULES.get(id);
    assert.ok(meta, `${id} is a rule id`);
    assert.equal(d.source, DIAGNOSTIC_SOURCE);
    assert.equal(d.source, 'iac-compliance');
    const href = d.codeDescription?.href ?? '';
    assert.ok(href.startsWith('file://') && href.endsWith(`/docs/rules/${id}.md`), `${id}: href ${href}`);
    const data = d.data as DiagnosticData;
    // The rule id is the code, and only there; no fix titles either (code actions compute them).
    // No offsets: the range says where (code actions find the finding by it), and offsets would change the
    // JSON of every later diagnostic at each keystroke.
    assert.deepEqual(Object.keys(data).sort(), ['kind', 'resource'], `${id}: data keys`);
    // Severity mapping: critical/high → Error, medium → Warning, low and "cannot verify" → Information.
    const expected = data.kind === 'unverifiable' ? 3 : { critical: 1, high: 1, medium: 2, low: 3 }[meta.severity];
    // A violation may be reported below its rule's severity (a setting left to a safe AWS default), never above.
    if (data.kind === 'violation') assert.ok(d.severity! >= expected!, `${id} (${meta.severity}, ${data.kind}): ${d.severity}`);
    else assert.equal(d.severity, expected, `${id} (${meta.severity}, ${data.kind})`);
    // Framework ids travel in the message; the full mapping is one hover away (keeps each publish small).
    assert.equal('frameworks' in data, false, `${id}: data.frameworks`);
    // The range is what code actions find the finding by: a span of this text.
    const start = offsetAt(text, d.range.start);
    const end = offsetAt(text, d.range.end);
    assert.ok(start <= end && end <= text.length, `${id}: range ${JSON.stringify(d.range)}`);
  }
}

void describe('diagnostics on didOpen', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('announces incremental sync, hover, quick fixes, fix-all and the audit command', () => {
    const caps = s.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync, 2);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.iacCompliance'] });
    assert.deepEqual(caps.executeCommandProvider, { commands: ['iacCompliance.auditWorkspace', 'iacCompliance.revealPlaceholder'] });
    assert.equal(s.initializeResult.serverInfo?.name, 'iac-compliance');
  });

  void it('a client that registers the audit command itself (the VS Code client) is not announced it', async () => {
    const other = await LspSession.start(pinnedStart({ configuration: true, initializationOptions: { clientCommands: ['iacCompliance.auditWorkspace'] } }));
    try {
      assert.deepEqual(other.initializeResult.capabilities.executeCommandProvider, { commands: ['iacCompliance.revealPlaceholder'] });
    } finally {
      await other.shutdown();
    }
  });

  void it('Terraform: every finding with its rule id, range, severity, message, href and data', async () => {
    const uri = scratchUri('open', 'problems.tf');
    const text = fixture('problems.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, text));
    assert.deepEqual(d.map(shape), PROBLEMS_TF);
    assertFindingInvariants(text, d);
  });

  void it("over Node's IPC channel (how the VS Code extension starts the server): the same diagnostics, and edits", async () => {
    const ipc = await LspSession.start(pinnedStart({ configuration: true, transport: 'ipc' }));
    try {
      assert.ok(ipc.child.spawnargs.includes('--node-ipc') && ipc.child.stdout !== null && ipc.child.send !== undefined);
      const uri = scratchUri('open-ipc', 'problems.tf');
      const text = fixture('problems.tf');
      const d = await ipc.diagnosticsAt(uri, ipc.open(uri, text));
      assert.deepEqual(d.map(shape), PROBLEMS_TF);
      // An edit travels the same way: the version it makes is the one published.
      const at = positionOf(text, 'resource');
      const after = await ipc.diagnosticsAt(uri, ipc.change(uri, [{ range: { start: at, end: at }, text: '# edited\n' }]));
      const moved = (x: Diagnostic): string => `${String(x.code)} ${x.range.start.line >= at.line ? x.range.start.line + 1 : x.range.start.line}:${x.range.start.character}`;
      assert.deepEqual(after.map((x) => `${String(x.code)} ${x.range.start.line}:${x.range.start.character}`), d.map(moved));
    } finally {
      await ipc.shutdown();
    }
  });

  void it('CloudFormation YAML: every finding, on the offending value or the resource key', async () => {
    const uri = scratchUri('open', 'stack.yaml');
    const text = fixture('problems.yaml');
    const d = await s.diagnosticsAt(uri, s.open(uri, text));
    assert.deepEqual(d.map(shape), PROBLEMS_YAML);
    assertFindingInvariants(text, d);
  });

  void it('CloudFormation JSON: every finding', async () => {
    const uri = scratchUri('open', 'stack.template.json');
    const text = fixture('problems.template.json');
    const d = await s.diagnosticsAt(uri, s.open(uri, text));
    assert.deepEqual(d.map(shape), PROBLEMS_JSON);
    assertFindingInvariants(text, d);
  });

  void it('every rule documentation link points to a page that exists', async () => {
    const uri = scratchUri('open-href', 'problems.tf');
    const tf = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const yamlUri = scratchUri('open-href', 'stack.yaml');
    const yaml = await s.diagnosticsAt(yamlUri, s.open(yamlUri, fixture('problems.yaml')));
    const hrefs = new Set([...tf, ...yaml].map((d) => d.codeDescription?.href ?? ''));
    assert.ok(hrefs.size >= 8);
    for (const href of hrefs) assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
  });

  void it('the same template with CRLF line endings gets the same ranges', async () => {
    const uri = scratchUri('open-crlf', 'problems.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf').replace(/\n/g, '\r\n')));
    assert.deepEqual(d.map((x) => shape(x).range), PROBLEMS_TF.map((x) => x.range));
  });

  void it('ranges count UTF-16 code units after non-ASCII text on the same line', async () => {
    const uri = scratchUri('open-utf16', 'stack.yaml');
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { DBName: "😀é—x", StorageEncrypted: true, PubliclyAccessible: true }\n';
    const d = await s.diagnosticsAt(uri, s.open(uri, text));
    assert.deepEqual(
      d.map((x) => shape(x).code + '@' + shape(x).range),
      [`AWS-RDS-002@3:${text.split('\n')[3]!.lastIndexOf('true')}-3:${text.split('\n')[3]!.lastIndexOf('true') + 4}`],
    );
  });

  for (const [name, file] of [
    ['a GitHub workflow (YAML that is not CloudFormation)', 'workflow.yaml'],
    ['a package.json (JSON that is not CloudFormation)', 'package.json'],
  ] as const) {
    void it(`${name} gets no diagnostics at all`, async () => {
      const uri = scratchUri('open-not-ours', file);
      const version = s.open(uri, fixture(file));
      assert.deepEqual(await s.diagnosticsAt(uri, version), []);
      // Also after an edit, and nothing else arrives for it.
      const v2 = s.replaceText(uri, 'test', 'tests');
      assert.deepEqual(await s.diagnosticsAt(uri, v2), []);
      await s.barrier();
      assert.deepEqual(
        s.publishesFor(uri).filter((p) => p.params.diagnostics.length > 0),
        [],
      );
    });
  }

  void it('a plain-text document gets nothing', async () => {
    const uri = scratchUri('open-not-ours', 'notes.txt');
    const version = s.open(uri, 'resource "aws_s3_bucket" "b" {}\n', 'plaintext');
    await s.barrier();
    assert.ok(s.publishesFor(uri).every((p) => p.params.version === version && p.params.diagnostics.length === 0));
  });
});
