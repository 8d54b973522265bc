// SPDX-License-Identifier: Apache-2.0
// `iac-compliance scan PATH... [--format text|json|sarif] [--fail-on LEVEL] [--exclude GLOB] [-o FILE]`.
// Exit 1 when an unsuppressed finding at or above --fail-on exists, 0 otherwise, 2 on bad usage or an
// unreadable path.

import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import type { Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { atLeast, scan } from '../../report/scan-result';
import { toJson } from '../../report/json';
import { toSarif } from '../../report/sarif';
import { toText } from '../../report/text';
import type { FindingLevel } from '../../engine/rule-api';

const FORMATS = ['text', 'json', 'sarif'] as const;
const LEVELS: FindingLevel[] = ['critical', 'high', 'medium', 'low'];

export const scanCommand: Command = {
  name: 'scan',
  summary: 'check Terraform and CloudFormation files against the rules',
  help: `Usage: iac-compliance scan PATH... [options]

Checks every Terraform (.tf, .tf.json, .tfvars) and CloudFormation (YAML/JSON) file under each PATH.

Options:
  --format text|json|sarif   output format (default: text)
  --fail-on LEVEL            exit 1 when an unsuppressed finding of this severity or higher exists:
                             critical, high, medium, low (default: low)
  --exclude GLOB             skip paths matching GLOB (relative to PATH); may be given once
  --fail-on-missing          also fail on account-level controls missing from every module (Security Hub,
                             Config, password policy...); by default they are reported but do not fail,
                             since they usually live in an account-baseline repository
  -o, --output FILE          write the report to FILE instead of standard output

Exit codes: 0 no failing findings, 1 failing findings, 2 bad usage or unreadable path.
`,
  run(args, io) {
    const parsed = parseArgs(args, { values: { format: {}, 'fail-on': {}, exclude: {}, output: { short: 'o' } }, flags: { help: { short: 'h' }, 'fail-on-missing': {} } }, 'scan');
    if (parsed.flags.has('help')) {
      io.out(scanCommand.help);
      return EXIT.ok;
    }
    const format = parsed.values.get('format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (text, json or sarif)`, 'scan');
    const failOn = (parsed.values.get('fail-on') ?? 'low') as FindingLevel;
    if (!LEVELS.includes(failOn)) throw new UsageError(`unknown level "${failOn}" for --fail-on (critical, high, medium, low)`, 'scan');
    if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder to scan', 'scan');
    const roots = parsed.positionals.map((p) => resolve(p));
    for (const [i, r] of roots.entries()) if (!existsSync(r)) throw new UsageError(`cannot read ${parsed.positionals[i]}: no such file or folder`, 'scan');
    const exclude = parsed.values.get('exclude');
    const result = scan(roots, ALL_RULES, { exclude: exclude ? [exclude] : [] });
    const text = format === 'json' ? toJson(result) : format === 'sarif' ? toSarif(result, ALL_RULES) : toText(result, ALL_RULES);
    const output = parsed.values.get('output');
    if (output) writeFileSync(output, text);
    else io.out(text);
    const counted = (kind: string): boolean => kind === 'violation' || (kind === 'missing' && parsed.flags.has('fail-on-missing'));
    const failing = result.findings.some((f) => !f.suppressed && counted(f.kind) && atLeast(f.severity, failOn));
    return failing ? EXIT.findings : EXIT.ok;
  },
};
