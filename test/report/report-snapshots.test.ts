// SPDX-License-Identifier: Apache-2.0
// Report snapshots: the totals and the CIS AWS 5.0.0 summary rows of the Markdown report for small
// workspaces that used to mislead (issue 11). The header (time, commit) is left out: it varies.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { repoRoot } from '../support/corpus';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import { toMarkdown } from '../../server/src/report/markdown';

function snapshot(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-snap-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const md = toMarkdown(buildComplianceReport(scan([dir], ALL_RULES), ALL_RULES, ['cis-aws-5.0.0']));
  const lines = md.split('\n');
  const totals = lines.find((l) => /^\d+ violations?, /.test(l)) ?? '';
  const rows = lines.filter((l) => l.startsWith('| CIS AWS Foundations Benchmark v5.0.0 ('));
  return [totals, ...rows].join('\n');
}

const SNAPSHOTS: [string, Record<string, string>, string][] = [
  [
    "empty workspace: every account-level control fails, nothing passes",
    {},
    "0 violations, 0 cannot verify, 0 suppressed.\n| CIS AWS Foundations Benchmark v5.0.0 (Level 1) | 0% | 0% | 0 | 17 | 0 | 0 | 0 | 16 | 7 |\n| CIS AWS Foundations Benchmark v5.0.0 (Levels 1 and 2) | 0% | 0% | 0 | 28 | 0 | 0 | 0 | 25 | 9 |",
  ],
  [
    "SNS-only template (issue 11: was 81.8% at Level 1): 0%",
    { 'topic.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Alerts:\n    Type: AWS::SNS::Topic\n' },
    "25 violations, 0 cannot verify, 0 suppressed.\n| CIS AWS Foundations Benchmark v5.0.0 (Level 1) | 0% | 0% | 0 | 17 | 0 | 0 | 0 | 16 | 7 |\n| CIS AWS Foundations Benchmark v5.0.0 (Levels 1 and 2) | 0% | 0% | 0 | 28 | 0 | 0 | 0 | 25 | 9 |",
  ],
  [
    "a trail without metric filters: 3.1 passes, the 4.x alarms fail",
    { 'main.tf': 'resource "aws_cloudtrail" "t" {\n  name                       = "t"\n  s3_bucket_name             = "logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n' },
    "30 violations, 1 cannot verify, 0 suppressed.\n| CIS AWS Foundations Benchmark v5.0.0 (Level 1) | 5.9% | 5.9% | 1 | 15 | 0 | 0 | 1 | 16 | 7 |\n| CIS AWS Foundations Benchmark v5.0.0 (Levels 1 and 2) | 6.7% | 6.7% | 2 | 27 | 0 | 0 | 1 | 23 | 9 |",
  ],
  [
    "a Terraform module with unknown inputs: unknown, never pass",
    { 'main.tf': 'variable "multi" {}\nvariable "key" {}\n\nresource "aws_cloudtrail" "t" {\n  name                       = "t"\n  s3_bucket_name             = "logs"\n  is_multi_region_trail      = var.multi\n  enable_log_file_validation = var.multi\n  kms_key_id                 = var.key\n}\n' },
    "29 violations, 4 cannot verify, 0 suppressed.\n| CIS AWS Foundations Benchmark v5.0.0 (Level 1) | 0% | 0% | 0 | 15 | 0 | 0 | 2 | 16 | 7 |\n| CIS AWS Foundations Benchmark v5.0.0 (Levels 1 and 2) | 0% | 0% | 0 | 26 | 0 | 0 | 4 | 23 | 9 |",
  ],
];

void describe('report snapshots', () => {
  for (const [name, files, expected] of SNAPSHOTS) {
    void it(name, () => assert.equal(snapshot(files), expected));
  }
});

// A committed workspace meant to meet every CIS AWS control code can decide (test/fixtures/report/compliant:
// Terraform account module with a trail, 15 metric filters and alarms, Access Analyzer, Config, Security
// Hub, Macie, support role, password policy; Terraform network module; CloudFormation application template).
const COMPLIANT = join(repoRoot(), 'test', 'fixtures', 'report', 'compliant');

/** The account-level (presence) controls of CIS AWS 5.0.0: they fail unless something defines them. */
const ACCOUNT_LEVEL = ['1.2', '1.7', '1.8', '1.16', '1.19', '2.1.4', '3.1', '3.3', '3.8', '3.9', ...Array.from({ length: 16 }, (_, i) => `4.${i + 1}`), '5.1.1'];

void describe('report snapshot: full compliant snippet set', () => {
  const scanned = scan([COMPLIANT], ALL_RULES);
  const report = buildComplianceReport(scanned, ALL_RULES, ['cis-aws-5.0.0', 'soc2-2017', 'nist-800-53-r5']);
  const cis = report.frameworks.find((f) => f.key === 'cis-aws-5.0.0' && f.view === 'all')!;
  const status = new Map(cis.controls.map((c) => [c.id, c.status]));

  void it('has no finding at all: no violation, nothing unverifiable, nothing suppressed', () => {
    assert.deepEqual(scanned.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.message}`), []);
    assert.equal(report.summary.violations, 0);
    assert.equal(report.summary.cannotVerify, 0);
  });

  void it('passes every account-level control, each with the resource that satisfies it named', () => {
    for (const id of ACCOUNT_LEVEL) {
      assert.equal(status.get(id), 'pass', `CIS AWS 5.0.0 ${id}`);
      const control = cis.controls.find((c) => c.id === id)!;
      assert.ok(control.evidence.some((e) => e.status === 'pass' && e.file.startsWith('account/')), `${id}: evidence names the account module`);
    }
  });

  void it('passes every decidable control; only the manual ones are left', () => {
    const notPass = cis.controls.filter((c) => c.status !== 'pass' && c.status !== 'manual').map((c) => `${c.id} ${c.status}`);
    assert.deepEqual(notPass, []);
    assert.equal(cis.counts.pass, 53);
    assert.equal(cis.passRate, 1);
    for (const f of report.frameworks) assert.equal(f.counts.fail + f.counts.unknown, 0, `${f.title} ${f.view ?? ''}`);
  });

  void it('summary rows', () => {
    const md = toMarkdown(report).split('\n');
    assert.deepEqual(
      md.filter((l) => /^\| (CIS AWS|SOC 2|NIST)/.test(l) && /%/.test(l)),
      [
        '| CIS AWS Foundations Benchmark v5.0.0 (Level 1) | 100% | 100% | 33 | 0 | 0 | 0 | 0 | 0 | 7 |',
        '| CIS AWS Foundations Benchmark v5.0.0 (Levels 1 and 2) | 100% | 100% | 53 | 0 | 0 | 0 | 0 | 0 | 9 |',
        '| SOC 2 (2017 Trust Services Criteria) | 100% | 100% | 24 | 0 | 0 | 0 | 0 | 1 | 18 |',
        '| NIST SP 800-53 Rev. 5 | 100% | 100% | 47 | 0 | 0 | 0 | 0 | 3 | 30 |',
      ],
    );
  });
});

export { snapshot };
