// SPDX-License-Identifier: Apache-2.0
// didChange: an incremental edit that fixes one attribute clears exactly that diagnostic; a burst of
// edits ends with the final version's diagnostics and nothing stale after them; half-typed text gives a
// syntax diagnostic while the findings of intact resources elsewhere stay.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, fixture, positionOf, scratchUri, shape, summarize } from './harness';
import { pinnedStart, PROBLEMS_JSON, PROBLEMS_TF, PROBLEMS_YAML, shifted } from './expected';
import type { DiagnosticShape } from './harness';

function findings(d: Diagnostic[]): DiagnosticShape[] {
  return d.filter((x) => x.code !== 'syntax').map(shape);
}

function syntax(d: Diagnostic[]): { range: string; severity: number | undefined; message: string; source: string | undefined }[] {
  return d.filter((x) => x.code === 'syntax').map((x) => ({ range: shape(x).range, severity: x.severity, message: x.message, source: x.source }));
}

void describe('didChange', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('an incremental change that fixes an attribute clears exactly that diagnostic, and undoing it brings it back', async () => {
    const uri = scratchUri('change-fix', 'main.tf');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const fixed = await s.diagnosticsAt(uri, s.replaceText(uri, 'true', 'false', 'publicly_accessible'));
    assert.deepEqual(fixed.map(shape), PROBLEMS_TF.filter((d) => d.code !== 'AWS-RDS-002'));
    const undone = await s.diagnosticsAt(uri, s.replaceText(uri, 'false', 'true', 'publicly_accessible'));
    assert.deepEqual(undone.map(shape), PROBLEMS_TF);
  });

  void it('the same in CloudFormation YAML and JSON', async () => {
    const yaml = scratchUri('change-fix', 'stack.yaml');
    await s.diagnosticsAt(yaml, s.open(yaml, fixture('problems.yaml')));
    const y = await s.diagnosticsAt(yaml, s.replaceText(yaml, 'false', 'true', 'EnableLogFileValidation'));
    assert.deepEqual(y.map(shape), PROBLEMS_YAML.filter((d) => d.code !== 'AWS-CLOUDTRAIL-002'));

    const json = scratchUri('change-fix', 'stack.json');
    await s.diagnosticsAt(json, s.open(json, fixture('problems.template.json')));
    const j = await s.diagnosticsAt(json, s.replaceText(json, 'false', 'true', '"EnableKeyRotation"'));
    assert.deepEqual(j.map(shape), PROBLEMS_JSON.filter((d) => d.code !== 'AWS-KMS-001'));
  });

  void it('a burst of 20 keystrokes ends with the final version, and no stale version is published after it', async () => {
    const uri = scratchUri('change-burst', 'main.tf');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const mark = s.mark();
    // Type `_archive_2024_xyz01` into the bucket name one character at a time, then flip
    // publicly_accessible in the last keystroke, all without waiting.
    const typed = '_archive_2024_xyz01';
    let version = 0;
    for (let i = 0; i < typed.length; i++) {
      const at = positionOf(s.text(uri), 'acme-logs', undefined, 'acme-logs'.length + i);
      version = s.change(uri, [{ range: { start: at, end: at }, text: typed[i]! }]);
    }
    version = s.replaceText(uri, 'true', 'false', 'publicly_accessible');
    assert.equal(s.text(uri).includes('bucket = "acme-logs_archive_2024_xyz01"'), true);

    const final = await s.diagnosticsAt(uri, version);
    assert.deepEqual(final.map(shape), PROBLEMS_TF.filter((d) => d.code !== 'AWS-RDS-002'));
    await s.barrier();
    const after = s.publishesFor(uri).filter((p) => p.seq >= mark);
    const finalAt = after.findIndex((p) => p.params.version === version);
    assert.deepEqual(after.slice(finalAt + 1).map((p) => p.params.version), [], 'nothing is published after the final version');
    const versions = after.map((p) => p.params.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'publishes arrive in version order');
  });

  void it(
    'a burst of 20 keystrokes is coalesced: only the final version is analyzed and published',
    async () => {
      const uri = scratchUri('change-burst-coalesce', 'main.tf');
      await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
      const mark = s.mark();
      // Written in one go (the pipe corked), so the server has the whole burst before it validates.
      const version = s.burst(() => {
        let v = 0;
        for (let i = 0; i < 20; i++) {
          const at = positionOf(s.text(uri), 'ssh-from-anywhere');
          v = s.change(uri, [{ range: { start: at, end: at }, text: 'x' }]);
        }
        return v;
      });
      await s.diagnosticsAt(uri, version);
      await s.barrier();
      assert.deepEqual(
        s.publishesFor(uri).filter((p) => p.seq >= mark).map((p) => p.params.version),
        [version],
      );
    },
  );

  void it('half-typed Terraform `acl = ` gives a syntax error and keeps every finding', async () => {
    const uri = scratchUri('change-half', 'acl.tf');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const at = positionOf(s.text(uri), '\n}', 'bucket = "acme-logs"');
    const d = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: at, end: at }, text: '\n  acl = ' }]));
    assert.deepEqual(syntax(d), [
      { range: '7:8-8:0', severity: 1, source: 'iac-compliance', message: 'Invalid expression: Expected the start of an expression, but found an invalid expression token.' },
    ]);
    assert.deepEqual(findings(d), shifted(PROBLEMS_TF, 7, 1));
    // Finishing the value clears the syntax error.
    const done = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: { line: 7, character: 8 }, end: { line: 7, character: 8 } }, text: '"private"' }]));
    assert.deepEqual(done.map(shape), shifted(PROBLEMS_TF, 7, 1));
  });

  void it('an unclosed `{` of a resource being typed at the end keeps the findings above it', async () => {
    const uri = scratchUri('change-half', 'brace-end.tf');
    const text = fixture('problems.tf');
    await s.diagnosticsAt(uri, s.open(uri, text));
    const d = await s.diagnosticsAt(uri, s.replace(uri, `${text}\nresource "aws_db_instance" "new" {\n  engine = "mysql"\n`));
    assert.deepEqual(syntax(d), [
      {
        range: '53:33-53:34',
        severity: 1,
        source: 'iac-compliance',
        message: 'Unclosed configuration block: There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
      },
    ]);
    assert.deepEqual(
      findings(d).filter((x) => x.resource !== 'aws_db_instance.new'),
      PROBLEMS_TF,
    );
  });

  void it('an unclosed `{` in the middle keeps the findings of the resources before it', async () => {
    const uri = scratchUri('change-half', 'brace-mid.tf');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    // Delete the closing brace of the KMS key: everything after it becomes part of its body.
    const open = positionOf(s.text(uri), '}', 'description = "application key"');
    const d = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: open, end: { line: open.line, character: open.character + 1 } }, text: '' }]));
    assert.equal(syntax(d).length, 1);
    assert.match(syntax(d)[0]!.message, /^Unclosed configuration block/);
    assert.equal(syntax(d)[0]!.range, '28:30-28:31');
    assert.deepEqual(
      findings(d),
      PROBLEMS_TF.filter((x) => !['aws_cloudtrail.main', 'aws_iam_policy.admin'].includes(x.resource!)),
    );
  });

  void it('a broken YAML line gives a syntax error and keeps the findings of the other resources', async () => {
    const uri = scratchUri('change-half', 'stack.yaml');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.yaml')));
    const d = await s.diagnosticsAt(uri, s.replaceText(uri, 'GroupDescription: admin', 'GroupDescription: admin: ['));
    assert.ok(syntax(d).length >= 1, 'a syntax diagnostic');
    for (const x of syntax(d)) {
      assert.equal(x.severity, 1);
      assert.equal(x.range.split(':')[0], '20', `syntax error on the broken line: ${x.range}`);
    }
    assert.deepEqual(findings(d), PROBLEMS_YAML.filter((x) => x.resource !== 'AdminSg'));

    // An unterminated quote on the same line: the template still parses around it.
    const v2 = s.replaceText(uri, 'GroupDescription: admin: [', 'GroupDescription: "admin');
    const d2 = await s.diagnosticsAt(uri, v2);
    assert.deepEqual(syntax(d2), [{ range: '20:30-21:0', severity: 1, source: 'iac-compliance', message: 'Missing closing "quote' }]);
    assert.deepEqual(findings(d2), PROBLEMS_YAML);
  });

  void it('a missing comma in CloudFormation JSON gives a syntax error and keeps every finding', async () => {
    const uri = scratchUri('change-half', 'stack.json');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.template.json')));
    const d = await s.diagnosticsAt(uri, s.replaceText(uri, '"Engine": "mysql",', '"Engine": "mysql"'));
    assert.deepEqual(syntax(d), [{ range: '15:8-15:9', severity: 1, source: 'iac-compliance', message: "Expected ',' or '}'" }]);
    assert.deepEqual(findings(d), PROBLEMS_JSON);
  });

  void it('a change to one document leaves another document in another folder alone', async () => {
    const a = scratchUri('change-other-a', 'main.tf');
    const b = scratchUri('change-other-b', 'main.tf');
    await s.diagnosticsAt(a, s.open(a, fixture('problems.tf')));
    await s.diagnosticsAt(b, s.open(b, fixture('problems.tf')));
    const mark = s.mark();
    await s.diagnosticsAt(a, s.replaceText(a, 'true', 'false', 'publicly_accessible'));
    await s.barrier();
    assert.deepEqual(s.publishesFor(b).filter((p) => p.seq >= mark), []);
    assert.deepEqual(summarize(await s.diagnosticsAt(b)), PROBLEMS_TF.map((d) => `${d.code}@${d.range}`));
  });
});
