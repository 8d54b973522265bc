// SPDX-License-Identifier: Apache-2.0
// `iac-compliance report PATH... [--framework KEY]... [--format html|md|json|sarif|junit] [-o FILE]`:
// the audit view of a scan, per framework.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import { CONFIG_FLAG_OPTIONS, CONFIG_OPTIONS_HELP, EVALUATION_FLAG_OPTIONS, EVALUATION_OPTIONS_HELP, EVALUATION_VALUE_OPTIONS, rulesForRun, scanWithProject } from '../project';
import type { Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { frameworkKeys } from '../summary';
import { FRAMEWORK_KEYS } from '../../engine/frameworks';
import { buildComplianceReport } from '../../report/compliance';
import { applyBaseline } from '../../report/baseline';
import { formatChunks, formatNames, reportFormat } from '../../report/formats';
import { writeChunks } from '../write-output';
import { loadBaseline } from './baseline';
import { gitState } from '../../report/git-state';
import { PLAN_OPTION_HELP, scanPlanWithProject } from '../plan';

export const reportCommand: Command = {
  name: 'report',
  summary: 'audit report per framework (HTML, Markdown, JSON, SARIF, JUnit)',
  help: `Usage: iac-compliance report PATH... [options]

Scans PATH and reports the totals of 'scan', then per framework every control with its status (pass,
fail, excepted, excepted without a justification, unknown, not applicable, manual; see docs/report.md),
the evidence by name behind it, pass rates with and without exceptions, the recommendations that need
manual evidence, and the register of exceptions.

Options:
  --framework KEY      only this framework (repeatable as a comma-separated list): ${FRAMEWORK_KEYS.join(', ')};
                       or your own, declared by custom rules; by default the project file's
                       frameworks, else those the rules found evidence for
  --format FORMAT      html, md, json, sarif or junit (default: md)
  --exclude GLOB       skip paths matching GLOB (relative to PATH)
  --baseline FILE      leave the findings recorded in FILE (from 'iac-compliance baseline create' or an
                       earlier 'scan --format json') out of the findings and evidence lists, and say how
                       many; control statuses and pass rates still count them
${PLAN_OPTION_HELP}
${CONFIG_OPTIONS_HELP}
${EVALUATION_OPTIONS_HELP}
  -o, --output FILE    write to FILE instead of standard output
`,
  async run(args, io) {
    const parsed = parseArgs(args, { values: { config: {}, framework: {}, format: {}, exclude: {}, baseline: {}, plan: {}, output: { short: 'o' }, ...EVALUATION_VALUE_OPTIONS }, flags: { help: { short: 'h' }, ...CONFIG_FLAG_OPTIONS, ...EVALUATION_FLAG_OPTIONS } }, 'report');
    if (parsed.flags.has('help')) {
      io.out(reportCommand.help);
      return EXIT.ok;
    }
    const formatName = parsed.values.get('format') ?? 'md';
    const format = reportFormat(formatName);
    if (!format) throw new UsageError(`unknown format "${formatName}" (${formatNames('report').join(', ')})`, 'report');
    const plan = parsed.values.get('plan');
    if (parsed.positionals.length === 0 && plan === undefined) throw new UsageError('give at least one file or folder', 'report');
    const roots = plan === undefined ? parsed.positionals.map((p) => resolve(p)) : [resolve(parsed.positionals[0] ?? dirname(resolve(plan)))];
    for (const [i, r] of roots.entries()) if (!existsSync(r)) throw new UsageError(`cannot read ${parsed.positionals[i]}: no such file or folder`, 'report');
    const baselinePath = parsed.values.get('baseline');
    const baseline = baselinePath === undefined ? undefined : loadBaseline(baselinePath, io, 'report');
    const exclude = parsed.values.get('exclude');
    const run = rulesForRun(ALL_RULES, roots, parsed, io);
    const rules = run.rules;
    const wanted = parsed.values.get('framework')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const keys = wanted === undefined ? [] : (frameworkKeys(wanted.join(','), 'report', rules) ?? []);
    const full = plan !== undefined ? scanPlanWithProject(plan, parsed, rules, 'report') : await scanWithProject(roots, rules, parsed, exclude, 'report', {}, io);
    full.errors.unshift(...run.errors);
    // Statuses and pass rates come from the whole scan: a baseline hides known findings from the lists,
    // it does not make a failing control pass.
    // The project file's rules (exclusions, profile, severities) and, without --framework, its frameworks.
    // Without either, the frameworks the rules found evidence for in this workspace.
    const projectKeys = wanted !== undefined ? keys : full.config?.frameworks && full.config.frameworks.length > 0 ? full.config.frameworks : undefined;
    const report = buildComplianceReport(full, full.rules ?? rules, projectKeys, new Date(), {
      roots: parsed.positionals,
      excluded: [...(exclude ? [exclude] : []), ...(full.config?.exclude ?? [])],
      git: gitState(roots[0]!),
    });
    const { result, baselined } = baseline ? applyBaseline(full, baseline, baselinePath!) : { result: full, baselined: [] };
    if (baseline) {
      const left = new Set(baselined);
      report.findings = report.findings.filter((f) => !left.has(f));
      for (const fw of report.frameworks) for (const c of fw.controls) c.findings = c.findings.filter((f) => !left.has(f));
      report.baseline = result.baseline;
    }
    writeChunks(formatChunks(format, { report, result, rules }), parsed.values.get('output'), io.out);
    return EXIT.ok;
  },
};
