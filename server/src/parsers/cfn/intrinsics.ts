// SPDX-License-Identifier: Apache-2.0
// Turning function calls into `Intrinsic` nodes. The YAML and JSON readers both call `mapOrIntrinsic` on
// every mapping they build (that is where the long form is recognised) and the YAML reader calls
// `shortIntrinsic` for `!Tag` nodes, so the two forms cannot drift apart.

import type { CfnIntrinsic, CfnMap, CfnNode, CfnScalar, IntrinsicName, Span } from './ast';

export const INTRINSIC_NAMES: readonly IntrinsicName[] = [
  'Ref',
  'Condition',
  'Fn::And',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::Equals',
  'Fn::FindInMap',
  'Fn::GetAtt',
  'Fn::GetAZs',
  'Fn::If',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Length',
  'Fn::Not',
  'Fn::Or',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::ToJsonString',
  'Fn::Transform',
];

const LONG_NAMES: ReadonlySet<string> = new Set(INTRINSIC_NAMES);

/** `!Ref` → `Ref`, `!Condition` → `Condition`, `!GetAtt` → `Fn::GetAtt`, ... */
export const SHORT_TAGS: ReadonlyMap<string, IntrinsicName> = new Map(
  INTRINSIC_NAMES.map((name) => ['!' + name.replace(/^Fn::/, ''), name] as const),
);

export function isIntrinsicName(name: string): name is IntrinsicName {
  return LONG_NAMES.has(name);
}

/**
 * A mapping with exactly one key that names a function is that function's long form. `Condition` is only
 * taken as a function when its value is a string: as a one-key mapping it otherwise shows up as ordinary
 * data (e.g. a property called `Condition` holding an object).
 */
export function mapOrIntrinsic(map: CfnMap): CfnMap | CfnIntrinsic {
  if (map.entries.length !== 1) return map;
  const [entry] = map.entries;
  const name = entry.key.value;
  if (!isIntrinsicName(name)) return map;
  if (name === 'Condition' && !(entry.value.type === 'Scalar' && typeof entry.value.value === 'string')) return map;
  return {
    type: 'Intrinsic',
    name,
    nameRange: { start: entry.key.start, end: entry.key.end },
    argument: normalizeArgument(name, entry.value),
    short: false,
    start: map.start,
    end: map.end,
  };
}

export function shortIntrinsic(name: IntrinsicName, tagRange: Span, argument: CfnNode): CfnIntrinsic {
  return {
    type: 'Intrinsic',
    name,
    nameRange: tagRange,
    argument: normalizeArgument(name, argument),
    short: true,
    start: tagRange.start,
    end: Math.max(tagRange.end, argument.end),
  };
}

function normalizeArgument(name: IntrinsicName, argument: CfnNode): CfnNode {
  if (name === 'Fn::GetAtt' && argument.type === 'Scalar' && typeof argument.value === 'string') {
    return splitGetAtt(argument, argument.value);
  }
  return argument;
}

/**
 * `Bucket.Arn` → `['Bucket', 'Arn']`, split at the first dot because attribute names may contain dots
 * (`DB.Endpoint.Address`, `Stack.Outputs.Name`). Parts get exact positions when the string's characters map
 * one to one onto the source (plain, or quoted without escapes); otherwise both parts span the whole scalar.
 */
function splitGetAtt(scalar: CfnScalar, text: string): CfnNode {
  const dot = text.indexOf('.');
  if (dot < 0) return scalar;
  let contentStart: number | undefined;
  if (scalar.raw === text) contentStart = scalar.start;
  else if (scalar.raw.length === text.length + 2 && scalar.raw.slice(1, -1) === text) contentStart = scalar.start + 1;
  const part = (from: number, to: number): CfnScalar => ({
    type: 'Scalar',
    value: text.slice(from, to),
    raw: contentStart === undefined ? scalar.raw : text.slice(from, to),
    style: scalar.style,
    start: contentStart === undefined ? scalar.start : contentStart + from,
    end: contentStart === undefined ? scalar.end : contentStart + to,
  });
  return {
    type: 'Sequence',
    items: [part(0, dot), part(dot + 1, text.length)],
    start: scalar.start,
    end: scalar.end,
  };
}
