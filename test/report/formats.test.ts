// SPDX-License-Identifier: Apache-2.0
// The format table (report/formats.ts): every format the CLI help names is in it, and a baseline in the
// model is said by each format that has a place for it, in its own way; without one, nothing is said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_FORMATS, formatNames, reportFormat, reportJson as reportJsonOf } from '../../server/src/report/formats';
import type { ScanResult } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import { ALL_RULES } from '../../rules';
import { scanCommand } from '../../server/src/cli/commands/scan';
import { reportCommand } from '../../server/src/cli/commands/report';

const scan = (baseline?: { file: string; count: number }): ScanResult => ({ files: [], findings: [], errors: [], notes: [], digests: [], ...(baseline ? { baseline } : {}) });

void test('the help of scan and report names exactly the formats of the table', () => {
  const named = (help: string): string[] => /--format FORMAT\s+([^\n]*(?:\n\s{20,}[^\n]*)?)/.exec(help)![1]!.match(/\b(text|json|sarif|gitlab-sast|codeclimate|html|md|junit)\b/g)!;
  assert.deepEqual([...new Set(named(scanCommand.help))].sort(), formatNames('scan').sort());
  assert.deepEqual([...new Set(named(reportCommand.help))].sort(), formatNames('report').sort());
});

void test('a baseline in the model is reported by every format with a place for it', () => {
  const expected: Record<string, RegExp | null> = {
    'scan text': /^2 findings in the baseline b\.json are not reported\.$/m,
    'scan json': /"baselined": 2/,
    'scan sarif': /"baselined": 2/,
    'scan gitlab-sast': null,
    'scan codeclimate': null,
    'report html': /<p class="muted">2 findings in the baseline b\.json are not reported\. Control statuses and pass rates still count them\.<\/p>\n<\/body>/,
    'report md': /\n> 2 findings in the baseline b\.json are not reported\. Control statuses and pass rates above still count them\.\n$/,
    'report json': /"baselined": 2/,
    'report sarif': /"baselined": 2/,
    'report junit': /<!-- 2 findings in the baseline b\.json are not reported\. -->\n$/,
  };
  assert.deepEqual(OUTPUT_FORMATS.map((f) => `${f.command} ${f.name}`).sort(), Object.keys(expected).sort());
  for (const withBaseline of [true, false]) {
    const result = scan(withBaseline ? { file: 'b.json', count: 2 } : undefined);
    const report = buildComplianceReport(result, ALL_RULES, ['cis-aws-5.0.0'], new Date('2026-01-01T00:00:00Z'));
    if (withBaseline) report.baseline = result.baseline;
    for (const f of OUTPUT_FORMATS) {
      const text = f.command === 'scan' ? f.render({ result, rules: ALL_RULES, colour: false, started: new Date() }) : f.render({ report, result, rules: ALL_RULES });
      const want = expected[`${f.command} ${f.name}`];
      if (withBaseline && want) assert.ok(want.test(text), `${f.command} ${f.name} says what the baseline left out`);
      else assert.ok(!/in the baseline|"baselined"/.test(text), `${f.command} ${f.name} says nothing of a baseline`);
    }
  }
});

void test('formats written in pieces: the pieces make the text the format renders, and the report JSON is JSON.stringify of its document', () => {
  const rules = ALL_RULES.slice(0, 40);
  const findings = Array.from({ length: 150 }, (_, i) => {
    const rule = rules[i % rules.length]!;
    return {
      ruleId: rule.meta.id,
      title: rule.meta.title,
      severity: rule.meta.severity,
      kind: (['violation', 'unverifiable', 'missing'] as const)[i % 3]!,
      file: `mod${i % 7}/main.tf`,
      startLine: i + 1,
      startColumn: 3,
      endLine: i + 2,
      endColumn: 9,
      resource: `aws_s3_bucket.b${i}`,
      message: `Finding ${i}: "quoted", a line\nbreak, module.x → aws_s3_bucket.b${i}`,
      frameworks: rule.meta.frameworks,
      fixable: i % 2 === 0,
      suppressed: i % 5 === 0,
      ...(i % 5 === 0 ? { justification: `accepted ${i}` } : {}),
    };
  });
  const result: ScanResult = { ...scan(), findings, errors: [{ file: 'bad.tf', message: 'unexpected "}"', startLine: 3, startColumn: 1 }] };
  const report = buildComplianceReport(result, ALL_RULES, ['cis-aws-5.0.0', 'soc2-2017', 'nist-800-53-r5'], new Date('2026-01-01T00:00:00Z'));
  const started = new Date('2026-01-01T00:00:00Z');
  // GitLab's report says when it was written: each rendering has its own end time.
  const timeless = (t: string): string => t.replace(/"end_time": "[^"]*"/, '"end_time": ""');
  let pieced = 0;
  for (const f of OUTPUT_FORMATS) {
    if (!f.chunks) continue;
    pieced++;
    const pieces = f.command === 'scan' ? [...f.chunks({ result, rules: ALL_RULES, colour: false, started })] : [...f.chunks({ report, result, rules: ALL_RULES })];
    const whole = f.command === 'scan' ? f.render({ result, rules: ALL_RULES, colour: false, started }) : f.render({ report, result, rules: ALL_RULES });
    assert.ok(pieces.length > 5, `${f.command} ${f.name}: ${pieces.length} pieces`);
    assert.equal(timeless(pieces.join('')), timeless(whole), `${f.command} ${f.name}`);
    assert.ok(pieces.join('').endsWith('\n'), `${f.command} ${f.name} ends with a newline`);
  }
  assert.equal(pieced, 8);
  assert.equal(reportFormat('json')!.render({ report, result, rules: ALL_RULES }), JSON.stringify(reportJsonOf(report), null, 2) + '\n');
});
