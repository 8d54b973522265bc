// SPDX-License-Identifier: Apache-2.0
// `iac-compliance report PATH... [--framework KEY]... [--format html|md|json|sarif|junit] [-o FILE]`:
// the audit view of a scan, per framework.

import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import type { Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { FRAMEWORK_KEYS, isFrameworkKey } from '../../engine/frameworks';
import type { FrameworkKey } from '../../engine/frameworks';
import { scan } from '../../report/scan-result';
import { buildComplianceReport } from '../../report/compliance';
import { toHtml } from '../../report/html';
import { toMarkdown } from '../../report/markdown';
import { toJunit } from '../../report/junit';
import { toSarif } from '../../report/sarif';

const FORMATS = ['html', 'md', 'json', 'sarif', 'junit'];

export const reportCommand: Command = {
  name: 'report',
  summary: 'audit report per framework (HTML, Markdown, JSON, SARIF, JUnit)',
  help: `Usage: iac-compliance report PATH... [options]

Scans PATH and reports, per framework, every control the rules map to with its status (pass, fail,
excepted, unknown, not applicable), the resources behind it, the pass rate, the controls this tool does
not assess, and the register of exceptions (suppressions with their justification).

Options:
  --framework KEY      only this framework (repeatable as a comma-separated list): ${FRAMEWORK_KEYS.join(', ')}
  --format FORMAT      html, md, json, sarif or junit (default: md)
  --exclude GLOB       skip paths matching GLOB (relative to PATH)
  -o, --output FILE    write to FILE instead of standard output
`,
  run(args, io) {
    const parsed = parseArgs(args, { values: { framework: {}, format: {}, exclude: {}, output: { short: 'o' } }, flags: { help: { short: 'h' } } }, 'report');
    if (parsed.flags.has('help')) {
      io.out(reportCommand.help);
      return EXIT.ok;
    }
    const format = parsed.values.get('format') ?? 'md';
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`, 'report');
    const wanted = parsed.values.get('framework')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const keys: FrameworkKey[] = [];
    for (const k of wanted ?? FRAMEWORK_KEYS) {
      if (!isFrameworkKey(k)) throw new UsageError(`unknown framework "${k}" (${FRAMEWORK_KEYS.join(', ')})`, 'report');
      keys.push(k);
    }
    if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder', 'report');
    const roots = parsed.positionals.map((p) => resolve(p));
    for (const [i, r] of roots.entries()) if (!existsSync(r)) throw new UsageError(`cannot read ${parsed.positionals[i]}: no such file or folder`, 'report');
    const exclude = parsed.values.get('exclude');
    const result = scan(roots, ALL_RULES, { exclude: exclude ? [exclude] : [] });
    const report = buildComplianceReport(result, ALL_RULES, keys);
    const text =
      format === 'html'
        ? toHtml(report)
        : format === 'json'
          ? JSON.stringify({ ...report, findings: undefined, frameworks: report.frameworks }, null, 2) + '\n'
          : format === 'sarif'
            ? toSarif(result, ALL_RULES)
            : format === 'junit'
              ? toJunit(report)
              : toMarkdown(report);
    const output = parsed.values.get('output');
    if (output) writeFileSync(output, text);
    else io.out(text);
    return EXIT.ok;
  },
};
