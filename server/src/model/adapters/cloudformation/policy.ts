// SPDX-License-Identifier: Apache-2.0
// A `PolicyDocument` property as an Attr<PolicyDocument>, shared by bucket policies and IAM policies. The
// document is built by the shared policyFromValue; this only gives each statement its own ref (the
// statement's map in the template) so a finding on one statement does not underline the whole policy.

import { policyFromValue } from '../../aws/policy-document';
import type { PolicyDocument } from '../../aws/iam';
import type { Attr } from '../../attr';
import { isKnown } from '../../attr';
import { mapGet } from '../../../parsers/cfn';
import type { CfnNode } from '../../../parsers/cfn';
import type { ResourceReader } from './read';

export function policyDocumentAttr(reader: ResourceReader, path: readonly string[]): Attr<PolicyDocument> {
  const attr = reader.attr<PolicyDocument>(path, policyFromValue);
  if (!isKnown(attr)) return attr;
  const statementNodes = statementMaps(reader.node(path));
  // policyFromValue keeps exactly the object statements, in order: the same ones as the map nodes here.
  if (statementNodes.length !== attr.value.statements.length) return attr;
  const statements = attr.value.statements.map((s, i) => ({ ...s, ref: reader.ctx.ref(statementNodes[i]!) }));
  return { ...attr, value: { statements } };
}

function statementMaps(doc: CfnNode | undefined): CfnNode[] {
  if (doc?.type !== 'Map') return [];
  const st = mapGet(doc, 'Statement');
  if (st?.type === 'Map') return [st];
  if (st?.type !== 'Sequence') return [];
  return st.items.filter((i) => i.type === 'Map');
}
