// SPDX-License-Identifier: Apache-2.0
// Parameters declared `NoEcho: true` that carry a `Default`: the template marks the value secret and writes
// it down anyway. The Default is read as written (whatever value a deployment passes instead).

import { sourceRef } from '../../../core/span';
import { mapGet } from '../../../parsers/cfn';
import type { CfnNode } from '../../../parsers/cfn';
import type { CredentialSetting } from '../../aws/credentials';
import { presentAttr } from '../../attr';
import type { CfnContext } from './read';

function scalar(node: CfnNode | undefined): string | number | boolean | null | undefined {
  return node?.type === 'Scalar' ? node.value : undefined;
}

export function noEchoDefaults(ctx: CfnContext): CredentialSetting[] {
  const out: CredentialSetting[] = [];
  for (const p of ctx.template.parameters) {
    const noEcho = scalar(mapGet(p.node, 'NoEcho'));
    if (noEcho !== true && String(noEcho).toLowerCase() !== 'true') continue;
    const node = mapGet(p.node, 'Default');
    const value = scalar(node);
    if (!node || value === undefined || value === null || value === '') continue;
    const at = sourceRef(ctx.file, { start: node.start, end: node.end });
    out.push({
      platform: 'cloudformation',
      address: p.name,
      sourceType: 'Parameter (NoEcho)',
      ref: sourceRef(ctx.file, p.nameRange),
      target: { platform: 'cloudformation', kind: 'parameter', file: ctx.file, name: p.name },
      kind: 'noecho-default',
      name: p.name,
      value: presentAttr(value, at, value, null),
    });
  }
  return out;
}
