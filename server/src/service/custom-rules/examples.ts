// SPDX-License-Identifier: Apache-2.0
// `iac-compliance rules test`: a custom rule's own pass and fail examples, judged by the rule alone in an
// in-memory workspace. A pass example must give no finding of the rule (not even "cannot verify"); a fail
// example must give a violation; and when the rule has a fix, applying it to each fail example must leave
// text that parses as well as before and no longer has the violation.

import type { Rule } from '../../engine/rule-api';
import { AnalysisService } from '../analysis';
import type { FileSystem } from '../analysis';
import { fixAll } from '../fix-all';
import type { CustomExample, CustomRuleSpec } from './schema';
import { LineIndex } from '../../core/positions';

export interface ExampleResult {
  ruleId: string;
  file: string;
  /** 1-based line of the example in the rule file. */
  line: number;
  expect: CustomExample['expect'] | 'fix';
  language: CustomExample['language'] | null;
  ok: boolean;
  /** What went wrong (or what was checked). */
  message: string;
  /** The example's text in the rule file, as offsets (absent for a problem of the rule as a whole). */
  start?: number;
  end?: number;
}

function memoryFs(path: string, text: string): FileSystem {
  const dir = path.slice(0, path.lastIndexOf('/'));
  return { readFile: (p) => (p === path ? text : undefined), readDir: (d) => (d === dir ? [path.slice(dir.length + 1)] : undefined) };
}

const errors = (a: { syntax: readonly { severity: string; message: string }[] }): { severity: string; message: string }[] => a.syntax.filter((d) => d.severity === 'error');

/** Judges every example of one rule. `fileText`: the rule file (for lines). */
export function testCustomRule(spec: CustomRuleSpec, rule: Rule, fileText: string): ExampleResult[] {
  const lines = new LineIndex(fileText);
  const out: ExampleResult[] = [];
  spec.examples.forEach((ex, i) => {
    const line = lines.lineOf(ex.start) + 1;
    const result = (ok: boolean, message: string, expect: ExampleResult['expect'] = ex.expect): void =>
      void out.push({ ruleId: spec.id, file: spec.file, line, expect, language: ex.language, ok, message, start: ex.start, end: ex.end });
    const path = `/iac-compliance-examples/${i}/${ex.language === 'terraform' ? 'main.tf' : 'template.yaml'}`;
    const service = new AnalysisService({ fs: memoryFs(path, ex.text), rules: [rule] });
    const a = service.analyzeFile(path);
    const syntax = errors(a);
    if (syntax.length > 0) return result(false, `the example does not parse: ${syntax[0]!.message}`);
    if (!a.relevant) return result(false, `the example is not a ${ex.language === 'terraform' ? 'Terraform configuration' : 'CloudFormation template'}`);
    const mine = a.findings.filter((f) => f.ruleId === spec.id);
    const violations = mine.filter((f) => f.kind === 'violation');
    if (ex.expect === 'pass') {
      if (mine.length === 0) return result(true, 'passes');
      return result(false, `expected no finding, got: ${mine.map((f) => `${f.resource}: ${f.message}`).join(' | ')}`);
    }
    if (violations.length === 0) {
      return result(false, mine.length > 0 ? `expected a violation, got only: ${mine.map((f) => f.message).join(' | ')}` : 'expected a violation, got none');
    }
    result(true, `fails as expected: ${violations[0]!.message}`);
    if (!spec.fix) return;
    if (!violations.some((f) => f.fixes.length > 0)) return result(false, 'the fix cannot be applied here (the setting has no place to be written)', 'fix');
    const fixed = fixAll(service, path, ex.text, { safeOnly: false, ruleIds: [spec.id] });
    service.setOverlay(path, fixed.text);
    const after = service.analyzeFile(path);
    if (errors(after).length > 0) return result(false, `the fixed text does not parse: ${errors(after)[0]!.message}`, 'fix');
    const left = after.findings.filter((f) => f.ruleId === spec.id && f.kind === 'violation');
    if (fixed.applied === 0 || left.length > 0) return result(false, `the fix does not clear the finding${left.length > 0 ? `: ${left[0]!.message}` : ''}`, 'fix');
    result(true, 'the fix clears the finding', 'fix');
  });
  if (spec.fix && !spec.examples.some((e) => e.expect === 'fail')) {
    out.push({ ruleId: spec.id, file: spec.file, line: 1, expect: 'fix', language: null, ok: false, message: 'the rule has a fix but no fail example to verify it on' });
  }
  if (spec.examples.length === 0) out.push({ ruleId: spec.id, file: spec.file, line: 1, expect: 'pass', language: null, ok: false, message: 'the rule has no examples (examples: { pass: [...], fail: [...] })' });
  return out;
}
