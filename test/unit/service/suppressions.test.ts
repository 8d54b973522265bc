// SPDX-License-Identifier: Apache-2.0
// Every suppression syntax we honour (ours inline and in CloudFormation Metadata; Checkov, tfsec, Trivy,
// KICS comments; Checkov, cfn_nag, cfn-lint and guard Metadata), expiry, missing reasons, and which
// finding each one reaches. Through the AnalysisService, as the CLI and the server use it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import type { AnalyzedFinding, FileSystem } from '../../../server/src/service/analysis';
import { ALL_RULES } from '../../../rules';

const TODAY = '2026-06-01';

function analyze(path: string, text: string, ruleId = 'AWS-KMS-001'): { findings: AnalyzedFinding[]; problems: string[] } {
  const fs: FileSystem = { readFile: (p) => (p === path ? text : undefined), readDir: () => [path.split('/').pop()!] };
  const service = new AnalysisService({ rules: ALL_RULES, fs, today: TODAY });
  const a = service.analyzeFile(path);
  return { findings: a.findings.filter((f) => f.ruleId === ruleId), problems: a.suppressionProblems.map((p) => p.message) };
}

/** [origin, written id, justification] of the one finding's suppression, or null. */
function how(r: { findings: AnalyzedFinding[] }): [string, string, string] | null {
  assert.equal(r.findings.length, 1, 'one finding of the rule');
  const s = r.findings[0]!.suppressedBy;
  return s ? [s.origin, s.writtenId, s.justification] : null;
}

const KEY = (comments: string, inside = ''): string => `${comments}resource "aws_kms_key" "k" {\n  description = "app"${inside}\n}\n`;

void describe('suppressions: ours', () => {
  void it('a # or // comment above the resource, with a reason, suppresses', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 rotated by the HSM team\n'))), ['inline', 'AWS-KMS-001', 'rotated by the HSM team']);
    assert.deepEqual(how(analyze('/w/main.tf', KEY('// iac-compliance:ignore AWS-KMS-001 rotated by the HSM team\n'))), ['inline', 'AWS-KMS-001', 'rotated by the HSM team']);
  });
  void it('works anywhere in the comment lines stacked above, not only the nearest', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 manual rotation\n# Owner: platform team\n'))), ['inline', 'AWS-KMS-001', 'manual rotation']);
    // A blank line breaks the stack.
    assert.equal(how(analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 manual rotation\n\n'))), null);
  });
  void it('another rule id does not suppress; no reason does not suppress and says so', () => {
    assert.equal(how(analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-S3-001 wrong rule\n'))), null);
    const r = analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001\n'));
    assert.equal(how(r), null);
    assert.deepEqual(r.problems, ['The suppression of AWS-KMS-001 has no justification, so it does not suppress anything: add the reason after the rule id.']);
    // The quick fix's placeholder left in place is not a reason either.
    const placeholder = analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 <justification>\n'));
    assert.equal(how(placeholder), null);
    assert.deepEqual(placeholder.problems, ['The suppression of AWS-KMS-001 still has the placeholder <justification>: type the reason over it.']);
  });
  void it('until= in the future suppresses; in the past it stops, says so, and the finding keeps it as expired', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 migration until=2026-12-31\n'))), ['inline', 'AWS-KMS-001', 'migration']);
    const r = analyze('/w/main.tf', KEY('# iac-compliance:ignore AWS-KMS-001 migration until=2026-01-31\n'));
    assert.equal(how(r), null);
    assert.equal(r.findings[0]!.expiredSuppression?.until, '2026-01-31');
    assert.deepEqual(r.problems, ['The suppression of AWS-KMS-001 expired on 2026-01-31; the finding is reported again.']);
  });
  void it('CloudFormation YAML comments and JSON Metadata', () => {
    const yaml = (meta: string, comment = ''): string =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${comment}  Key:\n    Type: AWS::KMS::Key\n${meta}    Properties:\n      Description: app\n`;
    assert.deepEqual(how(analyze('/w/t.yaml', yaml('', '  # iac-compliance:ignore AWS-KMS-001 rotated outside AWS\n'))), ['inline', 'AWS-KMS-001', 'rotated outside AWS']);
    const json = (meta: object): string =>
      JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Key: { Type: 'AWS::KMS::Key', Metadata: meta, Properties: { Description: 'app' } } } }, null, 2);
    assert.deepEqual(how(analyze('/w/t.json', json({ 'iac-compliance': { ignore: [{ id: 'AWS-KMS-001', reason: 'imported key material', until: '2027-01-01' }] } }))), [
      'metadata',
      'AWS-KMS-001',
      'imported key material',
    ]);
    const noReason = analyze('/w/t.json', json({ 'iac-compliance': { ignore: [{ id: 'AWS-KMS-001' }] } }));
    assert.equal(how(noReason), null);
    assert.deepEqual(noReason.problems, ['The Metadata suppression of AWS-KMS-001 has no reason, so it does not suppress anything: add "reason".']);
    const expired = analyze('/w/t.json', json({ 'iac-compliance': { ignore: [{ id: 'AWS-KMS-001', reason: 'old', until: '2025-01-01' }] } }));
    assert.equal(how(expired), null);
    assert.deepEqual(expired.problems, ['The suppression of AWS-KMS-001 expired on 2025-01-01; the finding is reported again.']);
  });
});

void describe("suppressions: peers' syntax, through the rules' aliases", () => {
  void it('checkov: above the resource, or inside it; the reason is optional', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('#checkov:skip=CKV_AWS_7:Rotation handled by the HSM\n'))), ['checkov', 'CKV_AWS_7', 'Rotation handled by the HSM']);
    assert.deepEqual(how(analyze('/w/main.tf', KEY('', '\n  #checkov:skip=CKV_AWS_7'))), ['checkov', 'CKV_AWS_7', '']);
    // An id that is not an alias of this rule.
    assert.equal(how(analyze('/w/main.tf', KEY('#checkov:skip=CKV_AWS_19:encryption\n'))), null);
  });
  void it('tfsec long ids and trivy AVD ids (each honoured in either syntax), with :exp:', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('#tfsec:ignore:aws-kms-auto-rotate-keys\n'))), ['tfsec', 'aws-kms-auto-rotate-keys', '']);
    assert.deepEqual(how(analyze('/w/main.tf', KEY('#trivy:ignore:AVD-AWS-0065\n'))), ['trivy', 'AVD-AWS-0065', '']);
    assert.deepEqual(how(analyze('/w/main.tf', KEY('#trivy:ignore:aws-kms-auto-rotate-keys\n'))), ['trivy', 'aws-kms-auto-rotate-keys', '']);
    assert.deepEqual(how(analyze('/w/main.tf', KEY('#tfsec:ignore:aws-kms-auto-rotate-keys:exp:2026-12-01\n'))), ['tfsec', 'aws-kms-auto-rotate-keys', '']);
    const lapsed = analyze('/w/main.tf', KEY('#tfsec:ignore:aws-kms-auto-rotate-keys:exp:2026-01-01\n'));
    assert.equal(how(lapsed), null);
    assert.deepEqual(lapsed.problems, ['The suppression of aws-kms-auto-rotate-keys expired on 2026-01-01; the finding is reported again.']);
  });
  void it('trivy at the end of the offending line', () => {
    const text = 'resource "aws_kms_key" "k" {\n  description = "app"\n  enable_key_rotation = false #trivy:ignore:AVD-AWS-0065\n}\n';
    assert.deepEqual(how(analyze('/w/main.tf', text)), ['trivy', 'AVD-AWS-0065', '']);
  });
  void it('kics ignore-block above the resource, ignore-line above the line (every rule)', () => {
    assert.deepEqual(how(analyze('/w/main.tf', KEY('# kics-scan ignore-block\n'))), ['kics', '*', '']);
    const line = 'resource "aws_kms_key" "k" {\n  description = "app"\n  # kics-scan ignore-line\n  enable_key_rotation = false\n}\n';
    assert.deepEqual(how(analyze('/w/main.tf', line)), ['kics', '*', '']);
    // ignore-line covers the next line only, not the resource.
    assert.equal(how(analyze('/w/main.tf', KEY('# kics-scan ignore-line\n# another comment\n'))), null);
  });
  void it('CloudFormation Metadata: checkov, cfn_nag (with reason), cfn-lint, guard', () => {
    const yaml = (meta: string): string =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Key:\n    Type: AWS::KMS::Key\n    Metadata:\n${meta}    Properties:\n      Description: app\n`;
    assert.deepEqual(how(analyze('/w/t.yaml', yaml('      checkov:\n        skip:\n          - id: CKV_AWS_7\n            comment: HSM rotation\n'))), ['checkov', 'CKV_AWS_7', 'HSM rotation']);
    assert.deepEqual(how(analyze('/w/t.yaml', yaml('      cfn_nag:\n        rules_to_suppress:\n          - id: F19\n            reason: HSM rotation\n'))), ['cfn_nag', 'F19', 'HSM rotation']);
    assert.deepEqual(how(analyze('/w/t.yaml', yaml('      guard:\n        SuppressedRules:\n          - CMK_BACKING_KEY_ROTATION_ENABLED\n'))), ['guard', 'CMK_BACKING_KEY_ROTATION_ENABLED', '']);
    // cfn-lint has no rule for key rotation: its ids map to none of ours here.
    assert.equal(how(analyze('/w/t.yaml', yaml('      cfn-lint:\n        config:\n          ignore_checks:\n            - W3005\n'))), null);
  });
});

void describe('suppressions: only lines holding a marker word are read', () => {
  /** The KMS keys of `text` and whether each one's finding is suppressed, in source order. */
  const suppressed = (text: string): boolean[] => analyze('/w/main.tf', text).findings.map((f) => f.suppressedBy !== undefined);
  const key = (name: string, comments = '', inside = ''): string => `${comments}resource "aws_kms_key" "${name}" {\n  description = "app"${inside}\n}\n\n`;
  void it('a Checkov skip inside one resource reaches that resource only, among many', () => {
    const text = key('a') + key('b', '', '\n  #checkov:skip=CKV_AWS_7:HSM') + key('c') + key('d', '# iac-compliance:ignore AWS-KMS-001 manual rotation\n# owner: platform\n');
    assert.deepEqual(suppressed(text), [false, true, false, true]);
  });
  void it('a marker word outside a comment, or above a code line, suppresses nothing', () => {
    assert.deepEqual(suppressed(key('a', '', '\n  tags = { note = "checkov:skip=CKV_AWS_7:x" }')), [false]);
    assert.deepEqual(suppressed(`# iac-compliance:ignore AWS-KMS-001 manual rotation\nlocals {}\n${key('a')}`), [false]);
  });
});
