// SPDX-License-Identifier: Apache-2.0
// Runs one rule fixture file through the real service in an in-memory file system (one virtual directory
// per fixture file, so pass.tf and fail.tf never join into one Terraform module) and applies fixes the
// way an editor would: one at a time, re-analysing after each.

import { basename } from 'node:path';
import { AnalysisService } from '../../server/src/service/analysis';
import type { AnalyzedFinding, FileAnalysis, FileSystem } from '../../server/src/service/analysis';
import { applyEdits } from '../../server/src/fixes/text-edit';
import type { Rule } from '../../server/src/engine/rule-api';
import { ALL_RULES } from '../../rules';

export const FIXTURE_DIR = '/fixture';
/** Suppression expiry is judged against this date in tests, so goldens do not age. */
export const TEST_TODAY = '2026-01-01';

/** The virtual path a fixture is analyzed under: its kind comes from the name (`fail.cfn.yaml` → yaml). */
export function virtualPath(fixtureName: string): string {
  const base = basename(fixtureName);
  if (base.endsWith('.tf')) return `${FIXTURE_DIR}/main.tf`;
  if (base.endsWith('.tf.json')) return `${FIXTURE_DIR}/main.tf.json`;
  if (base.endsWith('.json')) return `${FIXTURE_DIR}/template.json`;
  return `${FIXTURE_DIR}/template.yaml`;
}

export class MemoryFs implements FileSystem {
  readonly files = new Map<string, string>();
  readFile(path: string): string | undefined {
    return this.files.get(path);
  }
  readDir(dir: string): string[] | undefined {
    const names = [...this.files.keys()].filter((p) => p.startsWith(dir + '/') && !p.slice(dir.length + 1).includes('/'));
    return names.map((p) => p.slice(dir.length + 1));
  }
}

export function analyzeText(path: string, text: string, rules: readonly Rule[] = ALL_RULES): FileAnalysis {
  const fs = new MemoryFs();
  fs.files.set(path, text);
  return new AnalysisService({ fs, rules, today: TEST_TODAY }).analyzeFile(path);
}

/** One line per finding, for goldens: position, rule, level, resource, message, fixes. */
export function renderFindings(a: FileAnalysis, findings: readonly AnalyzedFinding[]): string {
  return findings
    .map((f) => {
      const s = a.lines.lspPosition(f.ref.span.start);
      const e = a.lines.lspPosition(f.ref.span.end);
      const fixes = f.fixes.map((x) => `${x.id}(${x.safety})`).join(', ');
      const sup = f.suppressedBy ? ` suppressed: ${f.suppressedBy.justification}` : '';
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.ruleId} ${f.level} ${f.resource} | ${f.message}${fixes ? ` | fixes: ${fixes}` : ''}${sup}`;
    })
    .join('\n');
}

export interface FixRun {
  text: string;
  /** How many fixes were applied. */
  applied: number;
}

/**
 * Applies, one by one, the first fix of each finding of `ruleId` (optionally only safe ones) until none
 * is left or `limit` is reached, re-analysing after each like an editor does.
 */
export function applyRuleFixes(path: string, text: string, ruleId: string, options: { safeOnly?: boolean; limit?: number } = {}): FixRun {
  const fs = new MemoryFs();
  fs.files.set(path, text);
  const service = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
  let applied = 0;
  for (let i = 0; i < (options.limit ?? 20); i++) {
    const a = service.analyzeFile(path);
    const finding = a.findings.find((f) => f.ruleId === ruleId && !f.suppressedBy && f.fixes.some((x) => !options.safeOnly || x.safety === 'safe'));
    if (!finding) break;
    const fix = finding.fixes.find((x) => !options.safeOnly || x.safety === 'safe')!;
    const edits = service.fixEdits(finding, fix.id);
    const mine = edits.get(path) ?? [];
    if (mine.length === 0) break;
    const next = applyEdits(fs.files.get(path)!, mine);
    if (next === fs.files.get(path)) break;
    fs.files.set(path, next);
    service.invalidate(path);
    applied++;
  }
  return { text: fs.files.get(path)!, applied };
}
