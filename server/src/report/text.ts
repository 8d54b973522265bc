// SPDX-License-Identifier: Apache-2.0
// `--format text`, for people reading a terminal or a CI log: findings grouped by file, each on one
// compiler-style line (`file:line:col: severity ID message`, which editors and CI log viewers turn into
// links), a per-framework table of control statuses, then the totals. Colours only when asked
// (`colour`: the CLI decides from the terminal and NO_COLOR, see cli/colour.ts); without colours the
// output is plain ASCII apart from the messages themselves.

import type { Rule } from '../engine/rule-api';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { frameworkSummary } from '../engine/framework-summary';
import type { ScanResult } from './scan-result';
import { baselinedNote, bySeverity } from './scan-result';
import { totalsLine, totalsOf } from './totals';
import { frameworkRows } from './framework-table';

export interface TextOptions {
  colour?: boolean;
  /** Leave out the per-framework table (it needs the compliance evaluation). */
  noFrameworks?: boolean;
  /** The frameworks of the table (default: the project file's, else those the scan evidences). */
  frameworks?: readonly ReportFrameworkKey[];
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', magenta: '\x1b[35m', green: '\x1b[32m' };

type Paint = (style: keyof typeof ANSI, s: string) => string;

const LEVEL_STYLE: Record<string, keyof typeof ANSI> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'cyan', info: 'dim', error: 'red', note: 'dim' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function toText(r: ScanResult, rules: readonly Rule[], options: TextOptions = {}): string {
  const paint: Paint = options.colour ? (style, s) => `${ANSI[style]}${s}${ANSI.reset}` : (_style, s) => s;
  const byId = new Map(rules.map((x) => [x.meta.id, x]));
  interface Line {
    line: number;
    column: number;
    order: number;
    text: string;
    violation: boolean;
    unknown: boolean;
  }
  const groups = new Map<string, Line[]>();
  const add = (file: string, l: Line): void => {
    const g = groups.get(file);
    if (g) g.push(l);
    else groups.set(file, [l]);
  };
  const lineOf = (file: string, line: number, column: number, level: string, rest: string): string => `${paint('bold', `${file}:${line}:${column}:`)} ${paint(LEVEL_STYLE[level] ?? 'dim', level)} ${rest}`;
  for (const e of r.errors) add(e.file, { line: e.startLine, column: e.startColumn, order: 0, text: lineOf(e.file, e.startLine, e.startColumn, 'error', `syntax ${e.message}`), violation: false, unknown: false });
  for (const n of r.notes) add(n.file, { line: n.startLine, column: n.startColumn, order: 1, text: lineOf(n.file, n.startLine, n.startColumn, 'note', n.message), violation: false, unknown: false });
  for (const f of r.findings) {
    if (f.suppressed) continue;
    const rule = byId.get(f.ruleId);
    const refs = rule ? frameworkSummary(rule.meta) : '';
    const unknown = f.kind === 'unverifiable';
    const level = unknown ? 'info' : f.severity;
    const rest = `${paint('bold', f.ruleId)} ${f.message}${refs ? paint('dim', ` [${refs}]`) : ''}${f.fixable ? paint('green', ' (fixable)') : ''}`;
    add(f.file, { line: f.startLine, column: f.startColumn, order: 2, text: lineOf(f.file, f.startLine, f.startColumn, level, rest), violation: !unknown, unknown });
  }
  const lines: string[] = [];
  for (const file of [...groups.keys()].sort()) {
    const g = groups.get(file)!.sort((a, b) => a.line - b.line || a.column - b.column || a.order - b.order);
    const violations = g.filter((l) => l.violation).length;
    const unknown = g.filter((l) => l.unknown).length;
    const other = g.length - violations - unknown;
    const parts = [violations ? plural(violations, 'violation') : '', unknown ? `${unknown} cannot verify` : '', other ? plural(other, 'other message') : ''].filter((s) => s !== '');
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', `--- ${file} (${parts.join(', ')})`));
    for (const l of g) lines.push(l.text);
  }
  if (!options.noFrameworks) {
    const rows = frameworkRows(r, r.rules ?? rules, options.frameworks);
    if (rows.length > 0) {
      const table: string[][] = [['Framework', 'Pass rate', 'Pass', 'Fail', 'Unknown', 'Excepted', 'N/A', 'Manual'], ...rows.map((x) => [x.name, x.passRate, String(x.pass), String(x.fail), String(x.unknown), String(x.excepted), String(x.notApplicable), String(x.manual)])];
      const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
      const cellOf = (row: string[], i: number): string => (i === 0 ? row[i]!.padEnd(widths[i]!) : row[i]!.padStart(widths[i]!));
      lines.push('', paint('bold', 'Controls per framework (pass rate = pass / decided controls):'), paint('bold', table[0]!.map((_, i) => cellOf(table[0]!, i)).join('  ')));
      for (const [k, row] of table.slice(1).entries()) lines.push(row.map((_, i) => (i === 3 && rows[k]!.fail > 0 ? paint('red', cellOf(row, i)) : cellOf(row, i))).join('  '));
    }
  }
  const counts = bySeverity(r.findings);
  const suppressed = r.findings.filter((f) => f.suppressed).length;
  const total = r.findings.length - suppressed;
  lines.push(
    '',
    `Totals: ${totalsLine(totalsOf(r))} (the report's numbers).`,
    `${r.files.length} file${r.files.length === 1 ? '' : 's'} scanned, ${total} finding${total === 1 ? '' : 's'} (critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}, cannot verify ${counts.info})${suppressed ? `, ${suppressed} suppressed` : ''}${r.errors.length ? `, ${r.errors.length} syntax problem${r.errors.length === 1 ? '' : 's'}` : ''}.`,
  );
  return lines.join('\n') + '\n' + (r.baseline ? baselinedNote(r.baseline) + '\n' : '');
}
