// SPDX-License-Identifier: Apache-2.0
// The project file for CLI commands: `--config FILE` names it, `--no-config` turns it off, by default the
// `.iac-compliance.yaml` of the first scanned folder or the nearest folder above is used. Problems in it
// are a usage error (exit 2) that lists every one with its line.

import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { scan } from '../report/scan-result';
import type { ScanResult } from '../report/scan-result';
import type { Rule } from '../engine/rule-api';
import { UsageError } from './command';

export const CONFIG_OPTIONS_HELP = `  --config FILE        the project file (default: .iac-compliance.yaml in the scanned folder or above)
  --no-config          ignore any project file`;

export function scanWithProject(
  roots: string[],
  rules: readonly Rule[],
  values: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
  exclude: string | undefined,
  command: string,
): ScanResult {
  let config: string | false | undefined;
  if (flags.has('no-config')) config = false;
  else if (values.get('config') !== undefined) {
    config = resolve(values.get('config')!);
    if (!existsSync(config)) throw new UsageError(`cannot read ${values.get('config')}: no such file`, command);
  }
  const result = scan(roots, rules, { exclude: exclude ? [exclude] : [], config });
  const problems = result.configProblems ?? [];
  if (problems.length > 0) {
    const file = result.config?.file ?? '.iac-compliance.yaml';
    throw new UsageError(`the project file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${file}:${p.line}: ${p.message}`).join('\n')}`, command);
  }
  return result;
}
