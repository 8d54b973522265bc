// SPDX-License-Identifier: Apache-2.0
// Recognizing references between resources, used to join companion resources (a bucket policy, a flow
// log, a security group ingress rule) to the resource they configure.

import type { CfnNode } from '../../../parsers/cfn';

/** The logical id of `!Ref X` / `{"Ref": "X"}`, else undefined. */
export function refTarget(node: CfnNode | undefined): string | undefined {
  if (node?.type !== 'Intrinsic' || node.name !== 'Ref' || node.argument.type !== 'Scalar') return undefined;
  return typeof node.argument.value === 'string' ? node.argument.value : undefined;
}

/** `[X, Attr]` of `!GetAtt X.Attr` / `{"Fn::GetAtt": ["X", "Attr"]}`, else undefined. */
export function getAttTarget(node: CfnNode | undefined): [string, string] | undefined {
  if (node?.type !== 'Intrinsic' || node.name !== 'Fn::GetAtt' || node.argument.type !== 'Sequence') return undefined;
  const [a, b] = node.argument.items;
  if (a?.type !== 'Scalar' || b?.type !== 'Scalar' || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  return [a.value, b.value];
}
