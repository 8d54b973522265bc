// SPDX-License-Identifier: Apache-2.0
// Evaluation inputs (`--var`, `--parameters`, ...) as plain data: what the scan's worker threads are sent,
// and what the on-disk scan cache's key holds (report/scan-result.ts). Values may hold `Unknown` objects
// (`--var x=var.y`), which a structured clone would turn into plain objects without their methods: they
// travel tagged and are rebuilt on the other side.

import { Unknown } from './value';
import type { Value } from './value';
import type { EvaluationInputs, InputValue } from './inputs';

type Tagged =
  | { p: null | boolean | number | string }
  | { a: Tagged[] }
  | { o: [string, Tagged][] }
  | { u: [Unknown['reason'], Unknown['span'], string, Unknown['ref'], string | undefined, string | undefined] };

export interface EncodedInputs {
  defaults: EvaluationInputs['defaults'];
  terraformVars?: [string, Omit<InputValue, 'value'> & { value: Tagged }][];
  terraformVarFiles?: string[];
  cfnParameters?: [string, Omit<InputValue, 'value'> & { value: Tagged }][];
  cfnParameterFiles?: string[];
}

function tag(v: Value): Tagged {
  // Every constructor argument, so the worker's Unknown is the one the main thread has (test/unit/core/encoded-inputs.test.ts).
  if (v instanceof Unknown) return { u: [v.reason, v.span, v.detail, v.ref, v.text, v.shape] };
  if (Array.isArray(v)) return { a: v.map(tag) };
  if (v !== null && typeof v === 'object') return { o: Object.entries(v).map(([k, x]) => [k, tag(x as Value)]) };
  return { p: v };
}

function untag(t: Tagged): Value {
  if ('u' in t) return new Unknown(t.u[0], t.u[1], t.u[2], t.u[3], t.u[4], t.u[5]);
  if ('a' in t) return t.a.map(untag);
  if ('o' in t) return Object.fromEntries(t.o.map(([k, x]) => [k, untag(x)])) as Value;
  return t.p;
}

function encodeMap(m: ReadonlyMap<string, InputValue>): [string, Omit<InputValue, 'value'> & { value: Tagged }][] {
  return [...m].map(([k, iv]) => [k, { ...iv, value: tag(iv.value) }]);
}

function decodeMap(list: [string, Omit<InputValue, 'value'> & { value: Tagged }][]): Map<string, InputValue> {
  return new Map(list.map(([k, iv]) => [k, { ...iv, value: untag(iv.value) }]));
}

export function encodeInputs(i: EvaluationInputs): EncodedInputs {
  return {
    defaults: i.defaults,
    ...(i.terraformVars ? { terraformVars: encodeMap(i.terraformVars) } : {}),
    ...(i.terraformVarFiles ? { terraformVarFiles: [...i.terraformVarFiles] } : {}),
    ...(i.cfnParameters ? { cfnParameters: encodeMap(i.cfnParameters) } : {}),
    ...(i.cfnParameterFiles ? { cfnParameterFiles: [...i.cfnParameterFiles] } : {}),
  };
}

export function decodeInputs(e: EncodedInputs): EvaluationInputs {
  return {
    defaults: e.defaults,
    ...(e.terraformVars ? { terraformVars: decodeMap(e.terraformVars) } : {}),
    ...(e.terraformVarFiles ? { terraformVarFiles: e.terraformVarFiles } : {}),
    ...(e.cfnParameters ? { cfnParameters: decodeMap(e.cfnParameters) } : {}),
    ...(e.cfnParameterFiles ? { cfnParameterFiles: e.cfnParameterFiles } : {}),
  };
}
