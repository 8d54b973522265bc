// SPDX-License-Identifier: Apache-2.0
// A template's parameters as CloudFormation would resolve them at deploy time: the value given (a
// parameter file, `--parameter`), else the `Default` (unless defaults are turned off), converted to the
// parameter's `Type`. A value that only the deployment knows (no default and no value given, an SSM
// parameter's content) is an Unknown naming the parameter. Known values carry their provenance so a
// finding can say "with the default value of parameter SSHLocation ("0.0.0.0/0")" and point at it.

import type { EvaluationInputs, InputValue } from '../../../core/inputs';
import { literalShape, readablePattern } from '../../../core/shape';
import { sourceRef } from '../../../core/span';
import { firstUnknown, Unknown } from '../../../core/value';
import type { Provenance, Value } from '../../../core/value';
import { mapGet } from '../../../parsers/cfn';
import type { CfnNode, CfnParameter, CfnTemplate } from '../../../parsers/cfn';

export interface ParameterValue {
  value: Value;
  /** Where the value came from; absent when it is unknown. */
  via?: Provenance;
  /** `AllowedValues`, when the parameter restricts its values (strings as written). */
  allowed?: string[];
  noEcho: boolean;
}

/** What a NoEcho parameter's value is shown as in messages and reports. */
export const MASKED = '****';

export function resolveParameters(file: string, template: CfnTemplate, inputs: EvaluationInputs): Map<string, ParameterValue> {
  const out = new Map<string, ParameterValue>();
  for (const p of template.parameters) out.set(p.name, resolveParameter(file, p, inputs));
  return out;
}

function plain(node: CfnNode | undefined): Value | undefined {
  if (!node) return undefined;
  if (node.type === 'Scalar') return node.value;
  if (node.type === 'Sequence') {
    const items = node.items.map(plain);
    return items.every((i) => i !== undefined) ? (items as Value[]) : undefined;
  }
  // A default written with a function (not valid CloudFormation) or a mapping: not a value.
  return undefined;
}

function resolveParameter(file: string, p: CfnParameter, inputs: EvaluationInputs): ParameterValue {
  const noEcho = isTrue(plain(mapGet(p.node, 'NoEcho')));
  const allowedRaw = plain(mapGet(p.node, 'AllowedValues'));
  const allowed = Array.isArray(allowedRaw) ? allowedRaw.filter((v) => v !== null && typeof v !== 'object').map(String) : undefined;
  const base = allowed ? { allowed, noEcho } : { noEcho };
  const type = p.type ?? 'String';
  const given: InputValue | undefined = inputs.cfnParameters?.get(p.name);
  const defaultNode = mapGet(p.node, 'Default');
  const span = { start: p.nameRange.start, end: p.nameRange.end };
  const name = `parameter ${p.name}`;
  if (/^AWS::SSM::Parameter::Value</.test(type)) {
    // The value is read from Parameter Store at deploy time: only the SSM parameter's name is written.
    const ssmName = given ? given.value : plain(defaultNode);
    const what = typeof ssmName === 'string' ? `the SSM parameter ${ssmName} (${name})` : `the SSM parameter named by ${name}`;
    return { ...base, value: new Unknown('reference', span, what, { kind: 'parameter', name: p.name, source: 'ssm' }) };
  }
  let raw: Value | undefined;
  let via: Provenance | undefined;
  if (given) {
    raw = given.value;
    via = { kind: given.origin === 'parameter-file' ? 'parameter-file' : 'cli-var', name, value: noEcho ? MASKED : given.value, ref: given.ref };
  } else if (defaultNode && inputs.defaults === 'assume') {
    raw = plain(defaultNode);
    if (raw !== undefined) via = { kind: 'parameter-default', name, value: noEcho ? MASKED : raw, ref: sourceRef(file, { start: defaultNode.start, end: defaultNode.end }) };
  }
  if (raw === undefined && allowed?.length === 1) {
    // The deployment can only give the one value AllowedValues lets through.
    const only = mapGet(p.node, 'AllowedValues');
    raw = allowed[0]!;
    via = { kind: 'parameter-allowed', name, value: noEcho ? MASKED : raw, ref: sourceRef(file, only ? { start: only.start, end: only.end } : span) };
  }
  if (raw === undefined) {
    const why = defaultNode && inputs.defaults === 'unknown' ? `${name} (defaults are not assumed)` : name;
    const detail = allowed && allowed.length <= 6 ? `${why}, one of ${allowed.join(', ')}` : why;
    return { ...base, value: new Unknown('reference', span, detail, { kind: 'parameter', name: p.name }, undefined, parameterShape(p, type, allowed)) };
  }
  const value = convert(raw, type, via ? via.ref.span : span, name);
  if (via && !firstUnknown(value)) via = { ...via, value: noEcho ? MASKED : value };
  return via ? { ...base, value, via } : { ...base, value };
}

/**
 * What a value the deployment gives must look like: one of `AllowedValues`, else a match of
 * `AllowedPattern` (String parameters; CloudFormation matches the whole value). Lists are left without a
 * shape (the pattern applies to each item, not to the list a rule sees).
 */
function parameterShape(p: CfnParameter, type: string, allowed: string[] | undefined): string | undefined {
  if (LIST.test(type)) return undefined;
  if (allowed && allowed.length > 0) return allowed.map(literalShape).join('|');
  const pattern = plain(mapGet(p.node, 'AllowedPattern'));
  return type !== 'Number' && typeof pattern === 'string' && readablePattern(pattern) ? pattern : undefined;
}

function isTrue(v: Value | undefined): boolean {
  return v === true || v === 'true' || v === 'True' || v === 'TRUE';
}

const LIST = /^(CommaDelimitedList|List<(.*)>)$/;

/** A value as the parameter's Type makes it: numbers for `Number`, lists for `CommaDelimitedList` and `List<...>`. */
export function convert(raw: Value, type: string, span: { start: number; end: number }, name: string): Value {
  const list = LIST.exec(type);
  if (list) {
    const element = list[2] ?? 'String';
    const items: Value[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? (raw === '' ? [] : raw.split(',').map((s) => s.trim())) : [raw];
    return items.map((item) => convert(item, element, span, name));
  }
  if (type === 'Number') {
    if (typeof raw === 'number') return raw;
    if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
    return new Unknown('type-error', span, `${name} is a Number but its value ${JSON.stringify(raw)} is not a number`);
  }
  // String and the AWS-specific types (AWS::EC2::VPC::Id, AWS::EC2::KeyPair::KeyName, ...) are strings.
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null) return '';
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string' || typeof x === 'number')) return raw.join(',');
  return new Unknown('type-error', span, `${name} is a ${type} but its value is not a string`);
}
