// SPDX-License-Identifier: Apache-2.0
// The "suppress with a justification" edit (fixes/suppression-edits.ts), without the language server: in
// each syntax it lands where the suppression engine reads it, the placeholder does not suppress, and a
// typed reason does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import { applyEdits } from '../../../server/src/fixes/text-edit';
import { suppressionEdit } from '../../../server/src/fixes/suppression-edits';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';

function analyze(path: string, text: string): ReturnType<AnalysisService['analyzeFile']> {
  const fs = new MemoryFs();
  fs.files.set(path, text);
  return new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY }).analyzeFile(path);
}

/** Suppresses the first finding of `ruleId` with the placeholder, then with a reason; returns both texts' state. */
function roundTrip(path: string, text: string, ruleId: string): { edited: string; placeholderSuppresses: boolean; reasonSuppresses: boolean } {
  const a = analyze(path, text);
  const f = a.findings.find((x) => x.ruleId === ruleId && !x.suppressedBy);
  assert.ok(f, `${ruleId} is reported`);
  const s = suppressionEdit(a, f);
  assert.ok(s, 'a suppression edit is offered');
  const edited = applyEdits(text, [s.edit]);
  const suppressed = (t: string): boolean => analyze(path, t).findings.some((x) => x.ruleId === ruleId && x.resource === f.resource && !!x.suppressedBy);
  return { edited, placeholderSuppresses: suppressed(edited), reasonSuppresses: suppressed(edited.replace(s.placeholder, 'keys are rotated by the HSM team')) };
}

void test('Terraform: a comment above the block, indented like it, with the text\'s line breaks', () => {
  const text = 'resource "aws_kms_key" "main" {\r\n  description = "k"\r\n}\r\n';
  const r = roundTrip('/w/main.tf', text, 'AWS-KMS-001');
  assert.equal(r.edited, '# iac-compliance:ignore AWS-KMS-001 <justification>\r\n' + text);
  assert.deepEqual([r.placeholderSuppresses, r.reasonSuppresses], [false, true]);
});

void test('CloudFormation YAML: a comment above the resource entry', () => {
  const text = 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: k\n';
  const r = roundTrip('/w/t.cfn.yaml', text, 'AWS-KMS-001');
  assert.equal(r.edited, 'Resources:\n  # iac-compliance:ignore AWS-KMS-001 <justification>\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: k\n');
  assert.deepEqual([r.placeholderSuppresses, r.reasonSuppresses], [false, true]);
});

void test('CloudFormation JSON: Metadata as the first key; none when Metadata exists; none in .tf.json', () => {
  const text = '{\n  "Resources": {\n    "Key": {\n      "Type": "AWS::KMS::Key",\n      "Properties": { "Description": "k" }\n    }\n  }\n}\n';
  const r = roundTrip('/w/t.cfn.json', text, 'AWS-KMS-001');
  assert.match(r.edited, /"Key": \{\n {6}"Metadata": \{ "iac-compliance": \{ "ignore": \[ \{ "id": "AWS-KMS-001", "reason": "<justification>" \} \] \} \},\n {6}"Type"/);
  assert.deepEqual([r.placeholderSuppresses, r.reasonSuppresses], [false, true]);
  const withMetadata = analyze('/w/m.cfn.json', text.replace('"Type"', '"Metadata": {}, "Type"'));
  const f = withMetadata.findings.find((x) => x.ruleId === 'AWS-KMS-001')!;
  assert.equal(suppressionEdit(withMetadata, f), null);
  const tfJson = analyze('/w/main.tf.json', '{ "resource": { "aws_kms_key": { "main": { "description": "k" } } } }');
  const g = tfJson.findings.find((x) => x.ruleId === 'AWS-KMS-001')!;
  assert.ok(g);
  assert.equal(suppressionEdit(tfJson, g), null);
});
