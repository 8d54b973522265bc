// SPDX-License-Identifier: Apache-2.0
// A fix for a value that came from a parameter's Default, set on a property written as `!Ref Param`,
// changes the Default instead (as Terraform's fixes change a variable's default): the parameter keeps
// working for parameter files and deployments that pass a value, and the template's own default becomes
// compliant. Only literal values: a Default cannot refer to anything.

import type { FixOp } from '../engine/rule-api';
import type { Finding } from '../engine/runner';
import { mapGet } from '../parsers/cfn';
import type { CfnNode, CfnTemplate } from '../parsers/cfn';

export function fixAtParameterDefault(f: Finding, template: CfnTemplate): Finding {
  const first = f.via?.[0];
  if (!first || first.kind !== 'parameter-default' || f.fixes.length === 0) return f;
  const fixes = f.fixes.map((fix) => {
    const ops: FixOp[] = [];
    for (const op of fix.ops) {
      if (op.op !== 'set' || op.value.kind !== 'literal' || op.location.target.platform !== 'cloudformation' || op.location.target.kind !== 'resource') return fix;
      const name = refParameter(nodeAt(op.location.target.resource.properties, op.location.path));
      const p = name === undefined ? undefined : template.parameters.find((x) => x.name === name);
      if (!p || !mapGet(p.node, 'Default') || `parameter ${name}` !== first.name) return fix;
      // Parameter values are strings (Number ones aside): `Default: "true"`, as AllowedValues compare it.
      const v = op.value.value;
      const value = p.type !== 'Number' && (typeof v === 'boolean' || typeof v === 'number') ? { ...op.value, value: String(v) } : op.value;
      ops.push({ op: 'set', location: { target: { platform: 'cloudformation', kind: 'parameter', file: op.location.target.file, name: p.name }, path: ['Default'] }, value });
    }
    return { ...fix, ops };
  });
  return { ...f, fixes };
}

function nodeAt(node: CfnNode | null, path: readonly string[]): CfnNode | undefined {
  let current: CfnNode | undefined = node ?? undefined;
  for (const step of path) {
    if (current?.type === 'Map') current = mapGet(current, step);
    else if (current?.type === 'Sequence' && /^\d+$/.test(step)) current = current.items[Number(step)];
    else return undefined;
  }
  return current;
}

/** The parameter a `!Ref Name` names. */
function refParameter(node: CfnNode | undefined): string | undefined {
  if (node?.type !== 'Intrinsic' || node.name !== 'Ref' || node.argument.type !== 'Scalar') return undefined;
  return typeof node.argument.value === 'string' ? node.argument.value : undefined;
}
