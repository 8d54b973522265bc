// SPDX-License-Identifier: Apache-2.0
// IAM policies: AWS::IAM::ManagedPolicy (managed), AWS::IAM::Policy (inline, attached to roles, users,
// groups), and the inline `Policies` list of AWS::IAM::Role / User / Group, one IamPolicy per item so a
// finding lands on the policy that grants too much.

import { mapGet, scalarString } from '../../../parsers/cfn';
import type { IamPolicy, IamRole } from '../../aws/iam';
import { policyDocumentAttr } from './policy';
import { ResourceReader } from './read';
import type { CfnContext } from './read';

const WITH_INLINE_POLICIES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);

export function iamPolicies(ctx: CfnContext): IamPolicy[] {
  const out: IamPolicy[] = [];
  for (const r of ctx.resources) {
    const reader = new ResourceReader(ctx, r);
    if (r.type === 'AWS::IAM::ManagedPolicy' || r.type === 'AWS::IAM::Policy') {
      const policyKind = r.type === 'AWS::IAM::ManagedPolicy' ? 'managed' : 'inline';
      out.push({ ...reader.base(), policyKind, document: policyDocumentAttr(reader, ['PolicyDocument']) });
    } else if (r.type !== null && WITH_INLINE_POLICIES.has(r.type)) {
      out.push(...inlinePolicies(reader));
    }
  }
  return out;
}

/** `Role.Policies[AllowLogs]` by PolicyName when it is written literally, else `Role.Policies[0]`. */
function inlinePolicies(owner: ResourceReader): IamPolicy[] {
  const list = owner.node(['Policies']);
  if (list?.type !== 'Sequence') return [];
  return list.items.map((item, i) => {
    const nameNode = mapGet(item, 'PolicyName');
    const name = scalarString(nameNode);
    // The policy's name is its header; an unnamed (invalid, mid-edit) item is pointed at as a whole.
    const ref = owner.ctx.ref(nameNode ?? item);
    return {
      ...owner.base(),
      address: `${owner.logicalId}.Policies[${name ?? i}]`,
      ref,
      policyKind: 'inline',
      document: policyDocumentAttr(owner, ['Policies', String(i), 'PolicyDocument']),
    };
  });
}

/** IAM roles with their trust policies (`AssumeRolePolicyDocument`; read only: no fix rewrites a trust policy). */
export function iamRoles(ctx: CfnContext): IamRole[] {
  return ctx.ofType('AWS::IAM::Role').map((r) => {
    const reader = new ResourceReader(ctx, r);
    return { ...reader.base(), trustPolicy: { ...policyDocumentAttr(reader, ['AssumeRolePolicyDocument']), location: null } };
  });
}
