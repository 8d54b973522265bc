// SPDX-License-Identifier: Apache-2.0
// textDocument/codeAction: every quick fix, applied to the document text and sent back, clears its
// diagnostic and adds none; safe fixes are preferred; the suppression action needs a justification
// before it suppresses; `source.fixAll.iacCompliance` applies safe fixes only.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import type { DiagnosticData } from '../../server/src/protocol';
import { LspSession, applyWorkspaceEdit, fixture, positionOf, scratchUri, shape, workspaceEditFor } from './harness';
import { FIXES_JSON, FIXES_TF, FIXES_YAML, pinnedStart, PROBLEMS_JSON, PROBLEMS_TF, PROBLEMS_YAML, shifted } from './expected';

/** What identifies a finding across edits (ranges move). */
function identity(d: Diagnostic): string {
  const data = d.data as DiagnosticData | undefined;
  return `${String(d.code)} ${data?.resource ?? ''} ${d.message}`;
}

const FIXTURES = [
  { file: 'problems.tf', name: 'main.tf', expected: PROBLEMS_TF, fixes: FIXES_TF },
  { file: 'problems.yaml', name: 'stack.yaml', expected: PROBLEMS_YAML, fixes: FIXES_YAML },
  { file: 'problems.template.json', name: 'stack.json', expected: PROBLEMS_JSON, fixes: FIXES_JSON },
];

void describe('code actions', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('offers each fix of a diagnostic, then the suppression; safe fixes are preferred, unsafe ones say so', async () => {
    const uri = scratchUri('actions-list', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const kms = d.find((x) => x.code === 'AWS-KMS-001')!;
    const rds = d.find((x) => x.code === 'AWS-RDS-002')!;
    const ec2 = d.find((x) => x.code === 'AWS-EC2-001')!;
    const summary = (list: CodeAction[] | null): unknown[] => (list ?? []).map((a) => ({ title: a.title, kind: a.kind, isPreferred: a.isPreferred, diagnostics: a.diagnostics?.map((x) => x.code) }));
    assert.deepEqual(summary(await s.codeActions(uri, kms.range, [kms])), [
      { title: 'Enable automatic key rotation', kind: 'quickfix', isPreferred: true, diagnostics: ['AWS-KMS-001'] },
      { title: 'Suppress AWS-KMS-001 for aws_kms_key.main (type a justification)', kind: 'quickfix', isPreferred: undefined, diagnostics: ['AWS-KMS-001'] },
    ]);
    assert.deepEqual(summary(await s.codeActions(uri, rds.range, [rds])), [
      { title: 'Make the instance private (review: changes behaviour)', kind: 'quickfix', isPreferred: false, diagnostics: ['AWS-RDS-002'] },
      { title: 'Suppress AWS-RDS-002 for aws_db_instance.main (type a justification)', kind: 'quickfix', isPreferred: undefined, diagnostics: ['AWS-RDS-002'] },
    ]);
    // A finding without a fix still gets the suppression.
    assert.deepEqual(summary(await s.codeActions(uri, ec2.range, [ec2])), [
      { title: 'Suppress AWS-EC2-001 for aws_security_group.ssh (type a justification)', kind: 'quickfix', isPreferred: undefined, diagnostics: ['AWS-EC2-001'] },
    ]);
    // Exact edit of the simplest fix: the value, nothing else.
    const [fix] = (await s.codeActions(uri, rds.range, [rds]))!;
    assert.deepEqual(fix!.edit, { changes: { [uri]: [{ range: { start: { line: 25, character: 24 }, end: { line: 25, character: 28 } }, newText: 'false' }] } });
    // Diagnostics of other tools, and `only` kinds we do not offer, get nothing.
    assert.deepEqual(await s.codeActions(uri, rds.range, [{ ...rds, source: 'tflint' }]), []);
    assert.deepEqual(await s.codeActions(uri, rds.range, [rds], ['refactor']), []);
    assert.deepEqual(await s.codeActions(uri, rds.range, []), []);
  });

  for (const fx of FIXTURES) {
    void it(`${fx.file}: every quick fix, applied and sent back, clears its diagnostic and adds none`, async () => {
      const opened = await (async () => {
        const uri = scratchUri('actions-apply', fx.name);
        return s.diagnosticsAt(uri, s.open(uri, fixture(fx.file)));
      })();
      assert.deepEqual(opened.map(shape), fx.expected);
      let checked = 0;
      for (const [i, target] of opened.entries()) {
        // A fresh document per fix, so each starts from the fixture.
        const uri = scratchUri(`actions-apply-${i}`, fx.name);
        const before = await s.diagnosticsAt(uri, s.open(uri, fixture(fx.file)));
        const d = before[i]!;
        assert.equal(identity(d), identity(target));
        const actions = (await s.codeActions(uri, d.range, [d]))!.filter((a) => !a.title.startsWith('Suppress '));
        // The fixes are not in `data`: the code action finds the finding again and computes them.
        const fixes = fx.fixes[i]!;
        assert.deepEqual(
          actions.map((a) => a.title),
          fixes.map((f) => (f.safety === 'safe' ? f.title : `${f.title} (review: changes behaviour)`)),
          `${String(d.code)}: one action per fix of the finding`,
        );
        for (const [k, action] of actions.entries()) {
          assert.equal(action.isPreferred, fixes[k]!.safety === 'safe');
          assert.deepEqual(Object.keys(action.edit?.changes ?? {}), [uri], 'edits this document only');
          const text = applyWorkspaceEdit(s.text(uri), action.edit, uri);
          const after = await s.diagnosticsAt(uri, s.replace(uri, text));
          const remaining = after.map(identity);
          assert.ok(!remaining.includes(identity(d)), `${action.title}: ${identity(d)} is gone`);
          assert.deepEqual(
            remaining.filter((x) => !before.map(identity).includes(x)),
            [],
            `${action.title}: adds no diagnostic`,
          );
          assert.equal(after.length, before.length - 1, `${action.title}: clears exactly one diagnostic`);
          checked++;
          // Back to the fixture for the next fix of the same finding.
          await s.diagnosticsAt(uri, s.replace(uri, fixture(fx.file)));
        }
      }
      assert.ok(checked >= 2, `${fx.file}: fixes were checked (${checked})`);
    });
  }

  void it('in a CRLF CloudFormation template, fixes keep CRLF line endings', async () => {
    const uri = scratchUri('actions-crlf', 'stack.yaml');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.yaml').replace(/\n/g, '\r\n')));
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [action] = (await s.codeActions(uri, whole, [], [FIX_ALL_KIND]))!;
    const text = applyWorkspaceEdit(s.text(uri), action!.edit, uri);
    assert.ok(text.includes('SSEAlgorithm: AES256\r\n'));
    assert.equal(/[^\r]\n/.test(text), false, 'no bare LF');
  });

  void it(
    'in a CRLF Terraform file, fixes keep CRLF line endings',
    async () => {
      const uri = scratchUri('actions-crlf', 'main.tf');
      const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf').replace(/\n/g, '\r\n')));
      const kms = d.find((x) => x.code === 'AWS-KMS-001')!;
      const [fix] = (await s.codeActions(uri, kms.range, [kms]))!;
      const text = applyWorkspaceEdit(s.text(uri), fix!.edit, uri);
      assert.ok(text.includes('enable_key_rotation = true'));
      assert.equal(/[^\r]\n/.test(text), false, 'no bare LF');
    },
  );

  void it(
    'in CRLF files, the suppression comment ends with CRLF',
    async () => {
      for (const [file, name] of [
        ['problems.tf', 'suppress.tf'],
        ['problems.yaml', 'suppress.yaml'],
      ] as const) {
        const uri = scratchUri('actions-crlf', name);
        const d = await s.diagnosticsAt(uri, s.open(uri, fixture(file).replace(/\n/g, '\r\n')));
        const suppress = (await s.codeActions(uri, d[0]!.range, [d[0]!]))!.find((a) => a.title.startsWith('Suppress'))!;
        assert.equal(/[^\r]\n/.test(applyWorkspaceEdit(s.text(uri), suppress.edit, uri)), false, `${file}: no bare LF`);
      }
    },
  );

  void it('the quick fix edit, sent as incremental changes, gives the same result', async () => {
    const uri = scratchUri('actions-incremental', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const kms = d.find((x) => x.code === 'AWS-KMS-001')!;
    const [fix] = (await s.codeActions(uri, kms.range, [kms]))!;
    const expectedText = applyWorkspaceEdit(s.text(uri), fix!.edit, uri);
    const after = await s.diagnosticsAt(uri, s.applyEdits(uri, workspaceEditFor(fix!.edit, uri)));
    assert.equal(s.text(uri), expectedText);
    assert.ok(s.text(uri).includes('enable_key_rotation = true'));
    // One line added inside the key (line 29).
    assert.deepEqual(after.map(shape), shifted(PROBLEMS_TF.filter((x) => x.code !== 'AWS-KMS-001'), 30, 1));
  });

  void it('an action requested with a diagnostic of an older version offers nothing rather than a wrong edit', async () => {
    const uri = scratchUri('actions-stale', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const rds = d.find((x) => x.code === 'AWS-RDS-002')!;
    // Insert a comment line at the top: the offsets in data and the range are both stale now.
    await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# x\n' }]));
    assert.deepEqual(await s.codeActions(uri, rds.range, [rds]), []);
    // Only the range moved (same offsets as before are impossible now): the current diagnostic works.
    const current = (await s.diagnosticsAt(uri)).find((x) => x.code === 'AWS-RDS-002')!;
    assert.equal(((await s.codeActions(uri, current.range, [current])) ?? []).length, 2);
  });

  void it('one entry per distinct edit: three findings of one rule on a resource share one suppression action', async () => {
    const uri = scratchUri('actions-dedupe', 'main.tf');
    const ingress = (port: number): string => `  ingress {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n`;
    const text = `resource "aws_security_group" "web" {\n  name = "web"\n${ingress(22)}${ingress(3389)}${ingress(22)}}\n`;
    const d = (await s.diagnosticsAt(uri, s.open(uri, text))).filter((x) => x.code === 'AWS-EC2-001');
    assert.equal(d.length, 3);
    const whole = { start: { line: 0, character: 0 }, end: { line: 21, character: 0 } };
    const actions = (await s.codeActions(uri, whole, d)) ?? [];
    assert.deepEqual(
      actions.map((a) => ({ title: a.title, diagnostics: a.diagnostics?.length })),
      [{ title: 'Suppress AWS-EC2-001 for aws_security_group.web (type a justification)', diagnostics: 3 }],
    );
  });

  void it('suppression: the comment with the placeholder warns and suppresses nothing; typed over with a reason, the finding goes', async () => {
    const uri = scratchUri('actions-suppress', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
    const rds = d.find((x) => x.code === 'AWS-RDS-002')!;
    const suppress = (await s.codeActions(uri, rds.range, [rds]))!.find((a) => a.title.startsWith('Suppress'))!;
    assert.deepEqual(suppress.edit, {
      changes: { [uri]: [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, newText: '# iac-compliance:ignore AWS-RDS-002 <justification>\n' }] },
    });
    // Then the placeholder is selected for typing (window/showDocument, see placeholder.test.ts).
    assert.deepEqual(suppress.command, { title: 'Select the justification to type', command: 'iacCompliance.revealPlaceholder', arguments: [uri, '<justification>'] });
    const text = applyWorkspaceEdit(s.text(uri), suppress.edit, uri);
    assert.equal(text.split('\n')[20], '# iac-compliance:ignore AWS-RDS-002 <justification>');
    assert.equal(text.split('\n')[21], 'resource "aws_db_instance" "main" {');
    const unjustified = await s.diagnosticsAt(uri, s.replace(uri, text));
    const warning = unjustified.filter((x) => x.code === 'suppression');
    assert.deepEqual(
      warning.map((x) => ({ range: shape(x).range, severity: x.severity, source: x.source, message: x.message })),
      [
        {
          range: '20:0-20:51',
          severity: 2,
          source: 'iac-compliance',
          message: 'The suppression of AWS-RDS-002 still has the placeholder <justification>: type the reason over it.',
        },
      ],
    );
    const shiftedRds = unjustified.find((x) => x.code === 'AWS-RDS-002');
    assert.ok(shiftedRds, 'the finding stays');
    assert.equal(shape(shiftedRds).range, '26:2-26:28');
    assert.equal(unjustified.length, PROBLEMS_TF.length + 1);

    // Type the reason over the selected placeholder, then on at the end of the line.
    let version = s.change(uri, [{ range: { start: { line: 20, character: 36 }, end: { line: 20, character: 51 } }, text: 'BI vendor ' }]);
    for (const chunk of ['connects ', 'over the internet']) {
      const end = { line: 20, character: s.text(uri).split('\n')[20]!.length };
      version = s.change(uri, [{ range: { start: end, end }, text: chunk }]);
    }
    const justified = await s.diagnosticsAt(uri, version);
    assert.equal(s.text(uri).split('\n')[20], '# iac-compliance:ignore AWS-RDS-002 BI vendor connects over the internet');
    assert.deepEqual(
      justified.map((x) => String(x.code)),
      PROBLEMS_TF.map((x) => x.code).filter((c) => c !== 'AWS-RDS-002'),
    );
    // And no hover for the suppressed finding.
    assert.equal(await s.hover(uri, { line: 26, character: 10 }), null);
  });

  void it('suppression in CloudFormation YAML is indented like the resource', async () => {
    const uri = scratchUri('actions-suppress', 'stack.yaml');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.yaml')));
    const ct = d.find((x) => x.code === 'AWS-CLOUDTRAIL-002')!;
    const suppress = (await s.codeActions(uri, ct.range, [ct]))!.find((a) => a.title.startsWith('Suppress'))!;
    assert.equal(suppress.title, 'Suppress AWS-CLOUDTRAIL-002 for Trail (type a justification)');
    const text = applyWorkspaceEdit(s.text(uri), suppress.edit, uri);
    assert.equal(text.split('\n')[34], '  # iac-compliance:ignore AWS-CLOUDTRAIL-002 <justification>');
    assert.equal(text.split('\n')[35], '  Trail:');
    const unjustified = await s.diagnosticsAt(uri, s.replace(uri, text));
    assert.deepEqual(unjustified.filter((x) => x.code === 'suppression').map((x) => shape(x).range), [`34:0-34:${'  # iac-compliance:ignore AWS-CLOUDTRAIL-002 <justification>'.length}`]);
    assert.ok(unjustified.some((x) => x.code === 'AWS-CLOUDTRAIL-002'));
    const at = text.split('\n')[34]!.indexOf('<justification>');
    const placeholder = { start: { line: 34, character: at }, end: { line: 34, character: at + '<justification>'.length } };
    const justified = await s.diagnosticsAt(uri, s.change(uri, [{ range: placeholder, text: 'validated by the log archive account' }]));
    assert.deepEqual(
      justified.map((x) => String(x.code)),
      PROBLEMS_YAML.map((x) => x.code).filter((c) => c !== 'AWS-CLOUDTRAIL-002'),
    );

  });

  void it('suppression in CloudFormation JSON goes in the resource Metadata; the placeholder does not suppress, a reason does', async () => {
    const json = scratchUri('actions-suppress', 'stack.json');
    const jd = await s.diagnosticsAt(json, s.open(json, fixture('problems.template.json')));
    const kms = jd.find((x) => x.code === 'AWS-KMS-001')!;
    const suppress = ((await s.codeActions(json, kms.range, [kms])) ?? []).find((a) => a.title.startsWith('Suppress'))!;
    assert.equal(suppress.title, 'Suppress AWS-KMS-001 for Key in its Metadata (type a justification)');
    assert.deepEqual(suppress.command?.arguments, [json, '<justification>']);
    const text = applyWorkspaceEdit(s.text(json), suppress.edit, json);
    assert.deepEqual(text.split('\n').slice(4, 7), [
      '    "Key": {',
      '      "Metadata": { "iac-compliance": { "ignore": [ { "id": "AWS-KMS-001", "reason": "<justification>" } ] } },',
      '      "Type": "AWS::KMS::Key",',
    ]);
    JSON.parse(text);
    const pending = await s.diagnosticsAt(json, s.replace(json, text));
    assert.deepEqual(
      pending.filter((x) => x.code === 'suppression').map((x) => x.message),
      ['The Metadata suppression of AWS-KMS-001 still has the placeholder <justification>: type the reason over it.'],
    );
    assert.ok(pending.some((x) => x.code === 'AWS-KMS-001'));
    const done = await s.diagnosticsAt(json, s.replace(json, text.replace('<justification>', 'Imported key material, rotated by hand')));
    assert.deepEqual(
      done.map((x) => String(x.code)),
      jd.map((x) => String(x.code)).filter((c) => c !== 'AWS-KMS-001'),
    );
    // A resource that already has Metadata: no action (the entry is for the user to place).
    const withMeta = await s.diagnosticsAt(json, s.replace(json, text));
    const again = withMeta.find((x) => x.code === 'AWS-KMS-001')!;
    assert.ok(((await s.codeActions(json, again.range, [again])) ?? []).every((a) => !a.title.startsWith('Suppress')));
  });

  void it('source.fixAll.iacCompliance applies the safe fix only: the unsafe finding remains', async () => {
    const uri = scratchUri('actions-fixall', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('fixall.tf')));
    const safety = async (x: Diagnostic): Promise<string[]> =>
      ((await s.codeActions(uri, x.range, [x])) ?? []).filter((a) => !a.title.startsWith('Suppress ')).map((a) => (a.isPreferred ? 'safe' : 'unsafe'));
    assert.deepEqual(
      await Promise.all(d.map(async (x) => [x.code, await safety(x)])),
      [
        ['AWS-CLOUDTRAIL-001', ['safe']],
        ['AWS-RDS-002', ['unsafe']],
      ],
    );
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await s.codeActions(uri, whole, [], [FIX_ALL_KIND]))!;
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all safe IaC compliance findings', 'source.fixAll.iacCompliance']],
    );
    const text = applyWorkspaceEdit(s.text(uri), actions[0]!.edit, uri);
    assert.equal(text, fixture('fixall.tf').replace('is_multi_region_trail      = false', 'is_multi_region_trail      = true'));
    const after = await s.diagnosticsAt(uri, s.replace(uri, text));
    assert.deepEqual(after.map((x) => `${String(x.code)}@${shape(x).range}`), ['AWS-RDS-002@14:2-14:28']);
    // Nothing safe left: no action.
    assert.deepEqual(await s.codeActions(uri, whole, [], [FIX_ALL_KIND]), []);
  });

  void it('fix-all is offered for `source.fixAll` and `source`, not for `quickfix`', async () => {
    const uri = scratchUri('actions-fixall-kinds', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, fixture('fixall.tf')));
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [['source.fixAll'], ['source'], [FIX_ALL_KIND]]) {
      assert.deepEqual(((await s.codeActions(uri, whole, [], only)) ?? []).map((a) => a.kind), [FIX_ALL_KIND], only.join());
    }
    const quick = (await s.codeActions(uri, d[0]!.range, [d[0]!], ['quickfix'])) ?? [];
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    // Without `only` (the light bulb), fix-all is not mixed into the quick fixes.
    assert.ok(((await s.codeActions(uri, d[0]!.range, [d[0]!])) ?? []).every((a) => a.kind === 'quickfix'));
  });

  void it('source.fixAll.iacCompliance on CloudFormation YAML: safe fixes only', async () => {
    const uri = scratchUri('actions-fixall', 'stack.yaml');
    await s.diagnosticsAt(uri, s.open(uri, fixture('problems.yaml')));
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [action] = (await s.codeActions(uri, whole, [], [FIX_ALL_KIND]))!;
    const after = await s.diagnosticsAt(uri, s.replace(uri, applyWorkspaceEdit(s.text(uri), action!.edit, uri)));
    // AWS-S3-002 (SSE-S3) and AWS-CLOUDTRAIL-002 (log validation) have safe fixes.
    assert.deepEqual(
      after.map((x) => String(x.code)),
      PROBLEMS_YAML.map((x) => x.code).filter((c) => c !== 'AWS-S3-002' && c !== 'AWS-CLOUDTRAIL-002'),
    );
    assert.ok(s.text(uri).includes('EnableLogFileValidation: true'));
    assert.ok(s.text(uri).includes('SSEAlgorithm: AES256'));
    assert.equal(positionOf(s.text(uri), 'AdminSg:').character, 2);
  });
});
