// SPDX-License-Identifier: Apache-2.0
// Variable values from var files: `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` of
// a root module, and the files given with `--var-file` or the `iacCompliance.terraform.varFiles`
// setting. Each value keeps where it is written, so a finding can point at the line that set it.

import { basename } from 'node:path';
import type { HclFile } from '../../../parsers/hcl/ast';
import { evaluate } from '../../../parsers/hcl/evaluate';
import { parseJson } from '../../../parsers/cfn/parseJson';
import { toPlain } from '../../../parsers/cfn/ast';
import type { InputValue } from '../../../core/inputs';
import { firstUnknown } from '../../../core/value';
import type { Value } from '../../../core/value';

/** The var files Terraform loads by itself for a root module, in the order it loads them. */
export function autoVarFiles(names: readonly string[]): string[] {
  const base = names.map((n) => basename(n));
  const pick = (n: string): string[] => names.filter((_, i) => base[i] === n);
  const auto = names.filter((_, i) => /\.auto\.tfvars(\.json)?$/.test(base[i]!)).sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
  return [...pick('terraform.tfvars'), ...pick('terraform.tfvars.json'), ...auto];
}

/** The values of an HCL var file: each top-level argument, evaluated as a constant. */
export function tfvarsValues(path: string, file: HclFile, origin: InputValue['origin']): Map<string, InputValue> {
  const out = new Map<string, InputValue>();
  for (const a of file.body.attributes) {
    out.set(a.name, { value: evaluate(a.expr, file.source), ref: { file: path, span: { start: a.expr.start, end: a.expr.end } }, origin });
  }
  return out;
}

/** The values of a JSON var file (`{"name": value}`); problems are returned, never thrown. */
export function tfvarsJsonValues(path: string, text: string, origin: InputValue['origin']): { values: Map<string, InputValue>; problems: { message: string; start: number; end: number }[] } {
  const values = new Map<string, InputValue>();
  const parsed = parseJson(text);
  const problems = parsed.diagnostics.map((d) => ({ message: d.message, start: d.start, end: d.end }));
  const root = parsed.root;
  if (!root) return { values, problems };
  if (root.type !== 'Map') {
    problems.push({ message: 'A JSON var file must be an object of variable names to values.', start: root.start, end: root.end });
    return { values, problems };
  }
  for (const e of root.entries) values.set(e.key.value, { value: toPlain(e.value) as Value, ref: { file: path, span: { start: e.value.start, end: e.value.end } }, origin });
  return { values, problems };
}

/**
 * `--var name=value`: the value as Terraform reads it on the command line (a string unless it parses as an
 * HCL literal, number, bool, list or object).
 */
export function cliVarValue(raw: string, parse: (text: string) => HclFile): Value {
  const f = parse(`v = ${raw}\n`);
  if (f.diagnostics.length === 0 && f.body.attributes.length === 1) {
    const v = evaluate(f.body.attributes[0]!.expr, f.source);
    if (firstUnknown(v) === null) return v;
  }
  return raw;
}
