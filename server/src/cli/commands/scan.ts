// SPDX-License-Identifier: Apache-2.0
// `iac-compliance scan PATH... [--format text|json|sarif] [--fail-on LEVEL] [--exclude GLOB] [--baseline FILE]
// [-o FILE] [--also FORMAT=FILE]`. Exit 1 when an unsuppressed finding at or above --fail-on exists (findings in the baseline do
// not count), 0 otherwise, 2 on bad usage, an unreadable path or an unusable baseline.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import { CONFIG_FLAG_OPTIONS, CONFIG_OPTIONS_HELP, EVALUATION_FLAG_OPTIONS, EVALUATION_OPTIONS_HELP, EVALUATION_VALUE_OPTIONS, rulesForRun, scanWithProject } from '../project';
import type { Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { atLeast, baselinedNote } from '../../report/scan-result';
import { formatChunks, formatNames, scanFormat } from '../../report/formats';
import { writeChunks } from '../write-output';
import type { FindingLevel } from '../../engine/rule-api';
import { applyBaseline } from '../../report/baseline';
import { loadBaseline } from './baseline';
import { PLAN_OPTION_HELP, scanPlanWithProject } from '../plan';
import { useColour } from '../colour';
import { frameworkKeys, writeSummary, SUMMARY_OPTION_HELP } from '../summary';
import { changedFileRoots } from '../changed-files';
import { ALSO_OPTION_HELP, alsoOutputs, writeAlsoOutputs } from '../also-outputs';

const LEVELS: FindingLevel[] = ['critical', 'high', 'medium', 'low'];

export const scanCommand: Command = {
  name: 'scan',
  summary: 'check Terraform and CloudFormation files against the rules',
  help: `Usage: iac-compliance scan PATH... [options]

Checks every Terraform (.tf, .tf.json, .tfvars) and CloudFormation (YAML/JSON) file under each PATH.

Options:
  --format FORMAT            text, json, sarif, gitlab-sast (GitLab security report) or codeclimate
                             (GitLab Code Quality); default: text
  --fail-on LEVEL            exit 1 when an unsuppressed finding of this severity or higher exists:
                             critical, high, medium, low (default: low)
  --exclude GLOB             skip paths matching GLOB (relative to PATH); may be given once
  --baseline FILE            leave out findings recorded in FILE (from 'iac-compliance baseline create' or
                             an earlier 'scan --format json'); they are not printed and do not fail the run
  --fail-on-missing          also fail on account-level controls missing from every module (Security Hub,
                             Config, password policy...); by default they are reported but do not fail,
                             since they usually live in an account-baseline repository
${PLAN_OPTION_HELP}
  --changed-files            PATHs are changed files (the pre-commit hook passes the staged ones): a
                             Terraform file is checked with every .tf file of its folder (its module),
                             a CloudFormation file alone; paths are shown relative to the current folder
${SUMMARY_OPTION_HELP}
${CONFIG_OPTIONS_HELP}
${EVALUATION_OPTIONS_HELP}
  -o, --output FILE          write the report to FILE instead of standard output
${ALSO_OPTION_HELP}

Exit codes: 0 no failing findings, 1 failing findings, 2 bad usage, unreadable path or baseline file.
`,
  async run(args, io) {
    const parsed = parseArgs(args, { values: { config: {}, format: {}, 'fail-on': {}, exclude: {}, baseline: {}, plan: {}, 'summary-md': {}, framework: {}, output: { short: 'o' }, also: {}, ...EVALUATION_VALUE_OPTIONS }, flags: { help: { short: 'h' }, ...CONFIG_FLAG_OPTIONS, 'fail-on-missing': {}, 'changed-files': {}, ...EVALUATION_FLAG_OPTIONS } }, 'scan');
    if (parsed.flags.has('help')) {
      io.out(scanCommand.help);
      return EXIT.ok;
    }
    const formatName = parsed.values.get('format') ?? 'text';
    const format = scanFormat(formatName);
    if (!format) throw new UsageError(`unknown format "${formatName}" (${formatNames('scan').join(', ')})`, 'scan');
    const also = alsoOutputs(parsed.all.get('also') ?? [], 'scan');
    const failOn = (parsed.values.get('fail-on') ?? 'low') as FindingLevel;
    if (!LEVELS.includes(failOn)) throw new UsageError(`unknown level "${failOn}" for --fail-on (critical, high, medium, low)`, 'scan');
    const plan = parsed.values.get('plan');
    const changed = parsed.flags.has('changed-files');
    if (parsed.positionals.length === 0 && plan === undefined && !changed) throw new UsageError('give at least one file or folder to scan', 'scan');
    const roots = plan !== undefined ? [] : changed ? changedFileRoots(parsed.positionals) : parsed.positionals.map((p) => resolve(p));
    if (!changed) for (const [i, r] of roots.entries()) if (!existsSync(r)) throw new UsageError(`cannot read ${parsed.positionals[i]}: no such file or folder`, 'scan');
    const baselinePath = parsed.values.get('baseline');
    const baseline = baselinePath === undefined ? undefined : loadBaseline(baselinePath, io, 'scan');
    const exclude = parsed.values.get('exclude');
    const started = new Date();
    // Custom rules come from the scanned folder: a plan's configuration folder (as for its project file),
    // the current folder for changed files (the pre-commit hook runs at the repository's root).
    const ruleRoots = plan !== undefined ? [parsed.positionals[0] !== undefined ? resolve(parsed.positionals[0]) : dirname(resolve(plan))] : changed ? [process.cwd()] : roots;
    const run = rulesForRun(ALL_RULES, ruleRoots, parsed, io);
    const rules = run.rules;
    const frameworks = frameworkKeys(parsed.values.get('framework'), 'scan', rules);
    // Findings-only digests when nothing reads the verdicts (the per-framework tables of text and --summary-md).
    const scope = format.verdicts || parsed.values.has('summary-md') || also.some((a) => a.format.verdicts) ? 'verdicts' : 'findings';
    const full = plan !== undefined ? scanPlanWithProject(plan, parsed, rules, 'scan') : await scanWithProject(roots, rules, parsed, exclude, 'scan', { scope, ...(changed ? { displayBase: process.cwd() } : {}) }, io);
    full.errors.unshift(...run.errors);
    const { result } = baseline ? applyBaseline(full, baseline, baselinePath!) : { result: full };
    const output = parsed.values.get('output');
    writeChunks(formatChunks(format, { result, rules, colour: useColour(io, output !== undefined), ...(frameworks ? { frameworks } : {}), started }), output, io.out);
    writeAlsoOutputs(also, { result, rules, ...(frameworks ? { frameworks } : {}), started }, 'scan');
    const counted = (kind: string): boolean => kind === 'violation' || (kind === 'missing' && parsed.flags.has('fail-on-missing'));
    const failing = result.findings.some((f) => !f.suppressed && counted(f.kind) && atLeast(f.severity, failOn));
    const summary = parsed.values.get('summary-md');
    if (summary !== undefined) writeSummary(summary, result, rules, { failOn, failing, ...(frameworks ? { frameworks } : {}), ...(result.baseline ? { note: baselinedNote(result.baseline) } : {}) }, 'scan');
    return failing ? EXIT.findings : EXIT.ok;
  },
};
