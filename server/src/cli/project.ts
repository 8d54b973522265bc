// SPDX-License-Identifier: Apache-2.0
// The project file for CLI commands: `--config FILE` names it, `--no-config` turns it off, by default the
// `.iac-compliance.yaml` of the first scanned folder is used (one in a folder above applies only with
// `--config`: it is named in a note). Which file is used is said on standard error, so a run is never
// silently shaped by a file the user did not see. Problems in it are a usage error (exit 2) that lists
// every one with its line.

import { dirname, relative, resolve } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseHcl } from '../parsers/hcl/parser';
import { LineIndex } from '../core/positions';
import type { EvaluationInputs, InputValue } from '../core/inputs';
import { cliVarValue, tfvarsJsonValues } from '../model/adapters/terraform/tfvars';
import { parameterFileValues } from '../model/adapters/cloudformation/parameter-file';
import type { ParsedArgs } from './args';
import { builtInOnly, scanParallel } from './scan-pool';
import type { ScanError, ScanOptions, ScanResult } from '../report/scan-result';
import { findProjectConfig } from '../service/project-config';
import { CUSTOM_RULES_DIR, workspaceCustomRules } from '../service/custom-rules/load';
import type { CustomRuleSet } from '../service/custom-rules/load';
import type { Rule } from '../engine/rule-api';
import { UsageError } from './command';
import type { CliIo } from './command';

export const CONFIG_OPTIONS_HELP = `  --config FILE        the project file (default: .iac-compliance.yaml in the first scanned folder;
                       one in a folder above applies only when named here)
  --no-config          ignore any project file
  --no-custom-rules    built-in rules only: do not read the scanned folder's ${CUSTOM_RULES_DIR}/
                       (or the project file's customRules folders)`;

/** Flags every scanning command takes with CONFIG_OPTIONS_HELP. */
export const CONFIG_FLAG_OPTIONS = { 'no-config': {}, 'no-custom-rules': {} } as const;

/**
 * The rules of a run: the built-in ones and the custom rules of the first scanned folder (the folder
 * whose project file applies). Rule files with problems add no rule; each problem is an `errors` entry
 * (`errors`, paths relative to that folder). Standard error names the rule files read.
 */
export function rulesForRun(builtIn: readonly Rule[], roots: readonly string[], parsed: ParsedArgs, io?: Pick<CliIo, 'err'>): { rules: Rule[]; errors: ScanError[]; custom: CustomRuleSet | undefined } {
  if (parsed.flags.has('no-custom-rules') || roots.length === 0) return { rules: [...builtIn], errors: [], custom: undefined };
  const first = roots[0]!;
  let folder: string;
  try {
    folder = statSync(first).isDirectory() ? first : dirname(first);
  } catch {
    return { rules: [...builtIn], errors: [], custom: undefined };
  }
  const config = parsed.flags.has('no-config') ? undefined : parsed.values.get('config') !== undefined ? resolve(parsed.values.get('config')!) : findProjectConfig(folder);
  const custom = workspaceCustomRules(folder, config, new Set(builtIn.map((r) => r.meta.id)));
  const errors: ScanError[] = [];
  const shown = (p: string): string => relative(folder, p).split('\\').join('/') || p;
  for (const d of custom.dirProblems) errors.push({ file: shown(d.dir), message: d.message, startLine: 1, startColumn: 1 });
  for (const f of custom.files) for (const p of f.problems) errors.push({ file: shown(f.file), message: `custom rule not loaded: ${p.message}`, startLine: p.line, startColumn: p.column });
  if (custom.files.length > 0) io?.err(`iac-compliance: ${custom.rules.length} custom rule${custom.rules.length === 1 ? '' : 's'} from ${custom.dirs.map(shown).join(', ')}${errors.length > 0 ? ` (${custom.files.filter((f) => !f.spec).length} file(s) with problems: see the errors)` : ''}\n`);
  return { rules: [...builtIn, ...custom.rules], errors, custom };
}

/** Options that give the evaluation values from outside the code (every scanning command takes them). */
export const EVALUATION_VALUE_OPTIONS = { 'var-file': {}, var: {}, parameters: {}, parameter: {}, 'max-file-size': {}, cache: {} } as const;
export const EVALUATION_FLAG_OPTIONS = { 'no-defaults': {} } as const;

export const EVALUATION_OPTIONS_HELP = `  --var NAME=VALUE     a Terraform variable's value for every root module (repeatable; VALUE is read
                       as Terraform reads -var: an HCL literal, list or object, else a string)
  --var-file FILE      a Terraform var file (.tfvars or .tfvars.json) for every root module
                       (repeatable; after terraform.tfvars and *.auto.tfvars, before --var)
  --parameters FILE    CloudFormation parameter values for every template (repeatable, later files win):
                       [{"ParameterKey": K, "ParameterValue": V}], {"Parameters": {K: V}} or {K: V}
  --parameter NAME=VALUE  a CloudFormation parameter's value for every template (repeatable; wins over
                       --parameters)
  --no-defaults        do not assume variables' and parameters' defaults: whatever depends on one is
                       reported as "cannot verify"
  --max-file-size SIZE larger files are not read but reported as errors (bytes, or with KB / MB;
                       default 5MB)
  --cache DIR          keep each folder's results in DIR and reuse them while nothing the folder's
                       analysis read has changed (off by default; not used with custom rules)`;

/** `--max-file-size`: bytes, or a number with KB / MB (binary units, as the setting); a bad value is a usage error. */
export function maxFileSize(parsed: ParsedArgs, command: string): number | undefined {
  const raw = parsed.values.get('max-file-size');
  if (raw === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?\s*$/i.exec(raw);
  const unit = (m?.[2] ?? 'b').toLowerCase()[0];
  const bytes = m ? Math.floor(Number(m[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1)) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) throw new UsageError(`--max-file-size needs a size such as 5MB, 512KB or 1000000, got "${raw}"`, command);
  return bytes;
}

/** The EvaluationInputs of `--var`, `--var-file` and `--no-defaults`; a var file that does not parse is a usage error. */
export function evaluationInputs(parsed: ParsedArgs, command: string): EvaluationInputs {
  const inputs: EvaluationInputs = { defaults: parsed.flags.has('no-defaults') ? 'unknown' : 'assume' };
  const files = (parsed.all.get('var-file') ?? []).map((f) => {
    const path = resolve(f);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new UsageError(`cannot read the var file ${f}`, command);
    }
    const problems = /\.json$/i.test(path) ? tfvarsJsonValues(path, text, 'tfvars').problems : parseHcl(text).diagnostics.filter((d) => d.severity === 'error').map((d) => ({ message: `${d.summary}: ${d.detail}`, start: d.subject.start }));
    if (problems.length > 0) {
      const lines = new LineIndex(text);
      throw new UsageError(`the var file ${f} does not parse:\n${problems.map((p) => `  ${f}:${lines.lineOf(p.start) + 1}: ${p.message}`).join('\n')}`, command);
    }
    return path;
  });
  if (files.length > 0) inputs.terraformVarFiles = files;
  const vars = new Map<string, InputValue>();
  for (const v of parsed.all.get('var') ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var needs NAME=VALUE, got "${v}"`, command);
    vars.set(v.slice(0, eq), { value: cliVarValue(v.slice(eq + 1), parseHcl), ref: { file: '<command line>', span: { start: 0, end: 0 } }, origin: 'cli-var' });
  }
  if (vars.size > 0) inputs.terraformVars = vars;
  const parameters = cfnParameterInputs(parsed, command);
  if (parameters.size > 0) inputs.cfnParameters = parameters;
  return inputs;
}

/** `--parameters FILE` (in order) then `--parameter NAME=VALUE`; a file that does not read as one is a usage error. */
function cfnParameterInputs(parsed: ParsedArgs, command: string): Map<string, InputValue> {
  const out = new Map<string, InputValue>();
  for (const f of parsed.all.get('parameters') ?? []) {
    const path = resolve(f);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new UsageError(`cannot read the parameter file ${f}`, command);
    }
    const { values, problems } = parameterFileValues(path, text);
    if (problems.length > 0) {
      const lines = new LineIndex(text);
      throw new UsageError(`the parameter file ${f} is not valid:\n${problems.map((p) => `  ${f}:${lines.lineOf(p.start) + 1}: ${p.message}`).join('\n')}`, command);
    }
    for (const [k, v] of values) out.set(k, v);
  }
  for (const v of parsed.all.get('parameter') ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`--parameter needs NAME=VALUE, got "${v}"`, command);
    // As on `aws cloudformation deploy --parameter-overrides`: the value is a string (a list is "a,b").
    out.set(v.slice(0, eq), { value: v.slice(eq + 1), ref: { file: '<command line>', span: { start: 0, end: 0 } }, origin: 'cli-var' });
  }
  return out;
}

export async function scanWithProject(
  roots: string[],
  rules: readonly Rule[],
  parsed: ParsedArgs,
  exclude: string | undefined,
  command: string,
  extra: Pick<ScanOptions, 'displayBase' | 'scope'> = {},
  io?: Pick<CliIo, 'err'>,
): Promise<ScanResult> {
  const { values, flags } = parsed;
  let config: string | false | undefined;
  if (flags.has('no-config')) config = false;
  else if (values.get('config') !== undefined) {
    config = resolve(values.get('config')!);
    if (!existsSync(config)) throw new UsageError(`cannot read ${values.get('config')}: no such file`, command);
  }
  const limit = maxFileSize(parsed, command);
  const cache = values.get('cache');
  if (cache !== undefined && !builtInOnly(rules)) io?.err(`iac-compliance: --cache is not used with custom rules (the cache does not follow changes to rule files)\n`);
  const result = await scanParallel(roots, rules, { ...extra, exclude: exclude ? [exclude] : [], config, inputs: evaluationInputs(parsed, command), ...(limit !== undefined ? { maxFileSize: limit } : {}), ...(cache !== undefined ? { cache: resolve(cache) } : {}) });
  if (result.cache) {
    const { hits, misses } = result.cache;
    io?.err(`iac-compliance: --cache: ${hits} folder${hits === 1 ? '' : 's'} read from ${cache}, ${misses} analysed\n`);
  }
  if (result.config) io?.err(`iac-compliance: project file ${result.config.file}\n`);
  else if (result.configAbove) io?.err(`iac-compliance: ${result.configAbove} is above the scanned folder and is not applied (use --config ${result.configAbove} to apply it)\n`);
  const problems = result.configProblems ?? [];
  if (problems.length > 0) {
    const file = result.config?.file ?? '.iac-compliance.yaml';
    throw new UsageError(`the project file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${file}:${p.line}: ${p.message}`).join('\n')}`, command);
  }
  return result;
}
