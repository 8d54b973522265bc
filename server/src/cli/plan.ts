// SPDX-License-Identifier: Apache-2.0
// `scan --plan plan.json [DIR]`: the scan of a Terraform plan's JSON (`terraform show -json`), with its
// findings placed in the configuration in DIR (default: the plan file's folder). See server/src/plan/.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ParsedArgs } from './args';
import { UsageError } from './command';
import type { Rule } from '../engine/rule-api';
import { PlanError, scanPlan } from '../plan/scan-plan';
import type { ScanResult } from '../report/scan-result';

export const PLAN_OPTION_HELP = `  --plan FILE                judge a Terraform plan (the JSON of 'terraform show -json PLANFILE'):
                             its planned values, with findings placed in the .tf files of PATH
                             (default: the plan's folder); --var, --var-file and --no-defaults do not apply`;

export function scanPlanWithProject(planArg: string, parsed: ParsedArgs, rules: readonly Rule[], command: string): ScanResult {
  const plan = resolve(planArg);
  if (!existsSync(plan) || !statSync(plan).isFile()) throw new UsageError(`cannot read the plan ${planArg}: no such file`, command);
  if (parsed.positionals.length > 1) throw new UsageError('with --plan, give at most one folder: where the configuration is', command);
  for (const o of ['var', 'var-file', 'parameters', 'parameter']) if (parsed.all.has(o)) throw new UsageError(`--${o} does not apply to --plan: the plan's values are final`, command);
  const root = parsed.positionals[0] !== undefined ? resolve(parsed.positionals[0]) : dirname(plan);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`cannot read ${parsed.positionals[0]}: not a folder`, command);
  let config: string | false | undefined;
  if (parsed.flags.has('no-config')) config = false;
  else if (parsed.values.get('config') !== undefined) {
    config = resolve(parsed.values.get('config')!);
    if (!existsSync(config)) throw new UsageError(`cannot read ${parsed.values.get('config')}: no such file`, command);
  }
  let result: ScanResult;
  try {
    result = scanPlan(plan, root, rules, config === undefined ? {} : { config });
  } catch (e) {
    if (e instanceof PlanError) throw new UsageError(`the plan ${planArg} cannot be read: ${e.message}`, command);
    throw e;
  }
  const problems = result.configProblems ?? [];
  if (problems.length > 0) {
    const file = result.config?.file ?? '.iac-compliance.yaml';
    throw new UsageError(`the project file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${file}:${p.line}: ${p.message}`).join('\n')}`, command);
  }
  return result;
}
