// SPDX-License-Identifier: Apache-2.0
// `iac-compliance baseline create PATH... [-o FILE] [--exclude GLOB]`: records the findings a project has
// now, so that `scan --baseline FILE` and `report --baseline FILE` show only new ones. Also the loader
// both of those use for --baseline (see server/src/report/baseline.ts for the file format and identity).

import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import { CONFIG_FLAG_OPTIONS, CONFIG_OPTIONS_HELP, EVALUATION_FLAG_OPTIONS, EVALUATION_OPTIONS_HELP, EVALUATION_VALUE_OPTIONS, rulesForRun, scanWithProject } from '../project';
import type { CliIo, Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { BaselineError, baselineToJson, createBaseline, parseBaseline } from '../../report/baseline';

const HELP = `Usage: iac-compliance baseline create PATH... [options]

Scans PATH like 'scan' and writes every unsuppressed finding to a baseline file. Later,
'scan --baseline FILE' and 'report --baseline FILE' leave those findings out and report only new ones.

A finding is identified by rule, file (relative to PATH), resource, kind and message, not by its line:
lines inserted or removed above it keep it baselined. Give the same PATH (as seen from the same folder)
to 'baseline create' and to 'scan', so the relative file names match.

Options:
${CONFIG_OPTIONS_HELP}
${EVALUATION_OPTIONS_HELP}
  -o, --output FILE    write the baseline to FILE instead of standard output
  --exclude GLOB       skip paths matching GLOB (relative to PATH)

An earlier 'scan --format json' output works as a baseline too.
Exit codes: 0 written (whatever was found), 2 bad usage or unreadable path.
`;

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'record current findings so later scans report only new ones',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      if (sub === undefined) throw new UsageError('missing subcommand (create)', 'baseline');
      io.out(HELP);
      return EXIT.ok;
    }
    if (sub !== 'create') throw new UsageError(`unknown subcommand "${sub}" (create)`, 'baseline');
    const parsed = parseArgs(rest, { values: { config: {}, exclude: {}, output: { short: 'o' }, ...EVALUATION_VALUE_OPTIONS }, flags: { help: { short: 'h' }, ...CONFIG_FLAG_OPTIONS, ...EVALUATION_FLAG_OPTIONS } }, 'baseline');
    if (parsed.flags.has('help')) {
      io.out(HELP);
      return EXIT.ok;
    }
    if (parsed.positionals.length === 0) throw new UsageError('give at least one file or folder', 'baseline');
    const roots = parsed.positionals.map((p) => resolve(p));
    for (const [i, r] of roots.entries()) if (!existsSync(r)) throw new UsageError(`cannot read ${parsed.positionals[i]}: no such file or folder`, 'baseline');
    const exclude = parsed.values.get('exclude');
    const result = await scanWithProject(roots, rulesForRun(ALL_RULES, roots, parsed, io).rules, parsed, exclude, 'baseline', { scope: 'findings' }, io);
    const baseline = createBaseline(result);
    const text = baselineToJson(baseline);
    const output = parsed.values.get('output');
    if (output) {
      try {
        writeFileSync(output, text);
      } catch (e) {
        throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 'baseline');
      }
      io.out(`Baseline of ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'} written to ${output}.\n`);
    } else {
      io.out(text);
    }
    return EXIT.ok;
  },
};

/** Reads a --baseline file for `command`; any problem is a usage error (exit 2) naming the file. */
export function loadBaseline(path: string, io: CliIo, command: string): Map<string, number> {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
    throw new UsageError(`cannot read baseline ${path}: ${why}`, command);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`invalid baseline ${path}: ${e.message}`, command);
    throw e;
  }
}
