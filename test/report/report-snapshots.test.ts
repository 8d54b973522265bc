// SPDX-License-Identifier: Apache-2.0
// Report snapshots: the totals and the CIS AWS 5.0.0 summary rows of the Markdown report for small
// workspaces that used to mislead (issue 11). The header (time, commit) is left out: it varies.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../../rules';
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

export { snapshot };
