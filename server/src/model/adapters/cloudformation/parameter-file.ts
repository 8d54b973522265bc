// SPDX-License-Identifier: Apache-2.0
// CloudFormation parameter files, in the three shapes users already have:
// - the AWS CLI's `[{"ParameterKey": "K", "ParameterValue": "V"}, ...]` (`aws cloudformation create-stack
//   --parameters file://...`);
// - CodePipeline's template configuration `{"Parameters": {"K": "V"}, "Tags": {...}}`;
// - a plain object `{"K": "V"}` (`aws cloudformation deploy --parameter-overrides`, sam config).
// Each value keeps where it is written, so a finding through it points at the file's line.

import type { InputValue } from '../../../core/inputs';
import type { Value } from '../../../core/value';
import { mapGet, parseJson } from '../../../parsers/cfn';
import type { CfnNode } from '../../../parsers/cfn';

export interface ParameterFileProblem {
  message: string;
  start: number;
  end: number;
}

export function parameterFileValues(path: string, text: string): { values: Map<string, InputValue>; problems: ParameterFileProblem[] } {
  const values = new Map<string, InputValue>();
  const parsed = parseJson(text);
  const problems: ParameterFileProblem[] = parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ message: d.message, start: d.start, end: d.end }));
  const root = parsed.root;
  if (!root || problems.length > 0) return { values, problems };
  const put = (name: string, node: CfnNode): void => {
    const value = scalarValue(node);
    if (value === undefined) {
      problems.push({ message: `The value of parameter ${name} must be a string, a number or a boolean (a list is written "a,b").`, start: node.start, end: node.end });
      return;
    }
    values.set(name, { value, ref: { file: path, span: { start: node.start, end: node.end } }, origin: 'parameter-file' });
  };
  if (root.type === 'Sequence') {
    for (const item of root.items) {
      const key = mapGet(item, 'ParameterKey');
      const value = mapGet(item, 'ParameterValue');
      if (key?.type !== 'Scalar' || typeof key.value !== 'string') {
        problems.push({ message: 'Each item needs a "ParameterKey" string.', start: item.start, end: item.end });
        continue;
      }
      // `UsePreviousValue: true` keeps the deployed stack's value: unknown here, so not given.
      if (value) put(key.value, value);
    }
    return { values, problems };
  }
  if (root.type !== 'Map') {
    problems.push({ message: 'A parameter file is a list of {"ParameterKey", "ParameterValue"} items or an object of names to values.', start: root.start, end: root.end });
    return { values, problems };
  }
  const wrapped = mapGet(root, 'Parameters');
  const section = wrapped?.type === 'Map' ? wrapped : root;
  for (const e of section.entries) put(e.key.value, e.value);
  return { values, problems };
}

function scalarValue(node: CfnNode): Value | undefined {
  if (node.type !== 'Scalar' || node.value === null) return undefined;
  return node.value;
}
