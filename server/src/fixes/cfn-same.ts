// SPDX-License-Identifier: Apache-2.0
// Whether a template node already holds a fix value, so that a fix whose value is already written makes no
// edit (fixes are idempotent). Scalars compare as CloudFormation does, by their string form: `"true"` and
// `true`, `"80"` and `80` are the same property value.

import type { CfnNode } from '../parsers/cfn';
import { mapGet } from '../parsers/cfn';
import type { FixValue } from '../model/edit-target';

export function sameAs(node: CfnNode, v: FixValue): boolean {
  switch (v.kind) {
    case 'literal':
      return node.type === 'Scalar' && node.value !== null && String(node.value) === String(v.value);
    case 'list':
      return node.type === 'Sequence' && node.items.length === v.items.length && v.items.every((x, i) => sameAs(node.items[i]!, x));
    case 'object': {
      if (node.type !== 'Map' || node.entries.length !== v.entries.length) return false;
      return v.entries.every(([k, x]) => {
        const child = mapGet(node, k);
        return child !== undefined && sameAs(child, x);
      });
    }
    case 'jsonencode':
      return sameAs(node, v.value);
    case 'placeholder':
      return isRefTo(node, v.name);
    case 'reference': {
      const c = v.cloudformation;
      if ('ref' in c) return isRefTo(node, c.ref);
      if (node.type !== 'Intrinsic') return false;
      if ('getAtt' in c) {
        const arg = node.argument;
        return node.name === 'Fn::GetAtt' && arg.type === 'Sequence' && arg.items.length === 2 && c.getAtt.every((s, i) => scalarIs(arg.items[i]!, s));
      }
      return node.name === 'Fn::Sub' && scalarIs(node.argument, c.sub);
    }
  }
}

function isRefTo(node: CfnNode, name: string): boolean {
  return node.type === 'Intrinsic' && node.name === 'Ref' && scalarIs(node.argument, name);
}

function scalarIs(node: CfnNode, s: string): boolean {
  return node.type === 'Scalar' && node.value === s;
}
