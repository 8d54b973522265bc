// SPDX-License-Identifier: Apache-2.0
// The compliance report: statuses per control, pass rates, the exception register, and each format.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import type { ComplianceReport, FrameworkResult } from '../../server/src/report/compliance';
import { toHtml } from '../../server/src/report/html';
import { toJunit } from '../../server/src/report/junit';
import { toMarkdown } from '../../server/src/report/markdown';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-report-'));
  writeFileSync(
    join(dir, 'main.tf'),
    [
      'resource "aws_cloudtrail" "main" {',
      '  name                       = "main"',
      '  s3_bucket_name             = "logs"',
      '  is_multi_region_trail      = true',
      '  enable_log_file_validation = false',
      '  kms_key_id                 = var.trail_key',
      '}',
      '',
      '# iac-compliance:ignore AWS-KMS-001 Imported key material cannot rotate automatically; rotated by runbook',
      'resource "aws_kms_key" "imported" {',
      '  description = "imported"',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

function fw(r: ComplianceReport, key: string, view: FrameworkResult['view'] = 'all'): FrameworkResult {
  return r.frameworks.find((f) => f.key === key && (f.view === view || f.view === null))!;
}

void describe('compliance report', () => {
  const dir = workspace();
  const result = scan([dir], ALL_RULES);
  const report = buildComplianceReport(result, ALL_RULES, ['cis-aws-5.0.0', 'soc2-2017'], new Date('2026-01-01T00:00:00Z'));
  const cis = fw(report, 'cis-aws-5.0.0');

  void it('gives each control the status its rules earned', () => {
    const status = (id: string): string => cis.controls.find((c) => c.id === id)!.status;
    assert.equal(status('3.1'), 'pass'); // multi-region trail
    assert.equal(status('3.2'), 'fail'); // log file validation off
    assert.equal(status('3.6'), 'excepted'); // rotation suppressed with a justification
    assert.equal(status('2.1.4'), 'not-applicable'); // no bucket in the workspace
    assert.equal(status('1.20'), 'manual'); // no rule maps to it
  });

  void it('computes the pass rate over decided controls and counts every status', () => {
    const c = cis.counts;
    // Unknown counts against the rate; not applicable and manual are left out.
    const decided = c.pass + c.fail + c.excepted + c['excepted-unjustified'] + c.unknown;
    assert.equal(cis.passRate, c.pass / decided);
    assert.equal(cis.passRateWithExceptions, (c.pass + c.excepted) / decided);
    assert.equal(Object.values(c).reduce((a, b) => a + b, 0), cis.controls.length);
  });

  void it('the Level 1 view leaves out Level 2 recommendations', () => {
    const l1 = fw(report, 'cis-aws-5.0.0', 'level1');
    assert.ok(l1.controls.every((c) => c.level !== 2));
    assert.ok(!l1.controls.some((c) => c.id === '3.2'));
  });

  void it('lists every exception in force with its justification', () => {
    assert.deepEqual(
      report.exceptions.map((e) => [e.ruleId, e.resource, e.justification]),
      [['AWS-KMS-001', 'aws_kms_key.imported', 'Imported key material cannot rotate automatically; rotated by runbook']],
    );
  });

  void it('markdown has the summary, the controls and the register', () => {
    const md = toMarkdown(report);
    assert.match(md, /\| CIS AWS Foundations Benchmark v5\.0\.0 \(Levels 1 and 2\) \| \d+(\.\d)?% \|/);
    assert.match(md, /\| 3\.2 \| Ensure CloudTrail log file validation is enabled \| FAIL \| AWS-CLOUDTRAIL-002 \|/);
    assert.match(md, /\| AWS-KMS-001 \| aws_kms_key\.imported \| main\.tf:10 \|/);
  });

  void it('html is one self-contained file', () => {
    const html = toHtml(report);
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link|src=|@import|url\(/i);
    assert.match(html, /Exception register/);
  });

  void it('junit parses back: one suite per framework view, failures for failing controls', () => {
    const xml = toJunit(report);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    assert.equal(suites.length, report.frameworks.length);
    for (const [, name, tests, failures] of suites) {
      const f = report.frameworks.find((x) => xml.includes(`name="${name}"`) && x.controls.length === Number(tests))!;
      assert.ok(f, name);
      assert.equal(Number(failures), f.counts.fail);
    }
    assert.equal((xml.match(/<testcase /g) ?? []).length, report.frameworks.reduce((n, f) => n + f.controls.length, 0));
    assert.match(xml, /<failure message="AWS-CLOUDTRAIL-002 failed">main\.tf:5 AWS-CLOUDTRAIL-002 aws_cloudtrail\.main: /);
  });
});
