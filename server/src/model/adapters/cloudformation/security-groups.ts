// SPDX-License-Identifier: Apache-2.0
// AWS::EC2::SecurityGroup with every ingress rule: the items of its SecurityGroupIngress list, and the
// standalone AWS::EC2::SecurityGroupIngress resources that name it (`GroupId: !Ref Sg`, `!GetAtt
// Sg.GroupId`, `GroupName: !Ref Sg`). A standalone rule that names no group of this template (an imported
// or parameter group id) becomes its own SecurityGroup entry, so it is still checked.

import type { Unknown } from '../../../core/value';
import type { CfnMap, Span } from '../../../parsers/cfn';
import type { Attr } from '../../attr';
import type { SecurityGroup, SecurityGroupRule } from '../../aws/ec2';
import type { SourceRef } from '../../source';
import { asNumber, asString, ResourceReader } from './read';
import type { CfnContext } from './read';
import { getAttTarget, refTarget } from './refs';

export function securityGroups(ctx: CfnContext): SecurityGroup[] {
  const groups = ctx.ofType('AWS::EC2::SecurityGroup').map((r) => {
    const g = new ResourceReader(ctx, r);
    return { reader: g, group: { ...g.base(), ingress: inlineRules(g) } };
  });
  const byId = new Map(groups.map((g) => [g.reader.logicalId, g.group]));
  const out: SecurityGroup[] = groups.map((g) => g.group);
  for (const r of ctx.ofType('AWS::EC2::SecurityGroupIngress')) {
    const ingress = new ResourceReader(ctx, r);
    const rule = ruleAt(ingress, [], ingress.ref);
    const owner = byId.get(groupOf(ingress) ?? '');
    if (owner) owner.ingress.push({ ...rule, standalone: ingress.base() });
    else out.push({ ...ingress.base(), ingress: [{ ...rule, standalone: ingress.base() }] });
  }
  return out;
}

/** The logical id of the group a standalone rule names, if it names one by reference. */
function groupOf(ingress: ResourceReader): string | undefined {
  const byId = ingress.node(['GroupId']);
  const att = getAttTarget(byId);
  if (att && att[1] === 'GroupId') return att[0];
  return refTarget(byId) ?? refTarget(ingress.node(['GroupName']));
}

function inlineRules(g: ResourceReader): SecurityGroupRule[] {
  const list = g.node(['SecurityGroupIngress']);
  if (list?.type === 'Sequence') {
    // An item written through a function (`- !If [...]`) reads as a rule whose fields are that Unknown.
    return list.items.map((item, i) => ruleAt(g, ['SecurityGroupIngress', String(i)], g.ctx.ref(item.type === 'Map' ? firstEntry(item) : item)));
  }
  // The whole list written through a function: one rule of which nothing is known.
  const whole = g.attr(['SecurityGroupIngress'], (v) => v);
  return whole.present ? [ruleAt(g, ['SecurityGroupIngress', '0'], whole.ref)] : [];
}

/** Where a finding on an inline rule goes: its first line (`- IpProtocol: tcp`), not the whole map. */
function firstEntry(item: CfnMap): Span {
  return item.entries[0] ?? item;
}

function ruleAt(r: ResourceReader, path: string[], ref: SourceRef): Omit<SecurityGroupRule, 'standalone'> & { standalone: null } {
  const opts = { absentRef: ref };
  const cidr = r.attr([...path, 'CidrIp'], asString, opts);
  const ipv6 = r.attr([...path, 'CidrIpv6'], asString, opts);
  return {
    ref,
    standalone: null,
    protocol: r.attr([...path, 'IpProtocol'], asString, opts),
    fromPort: r.attr([...path, 'FromPort'], asNumber, opts),
    toPort: r.attr([...path, 'ToPort'], asNumber, opts),
    cidrs: listOf(cidr),
    cidrsRef: withVia(cidr),
    ipv6Cidrs: listOf(ipv6),
    ipv6CidrsRef: withVia(ipv6),
  };
}

/** The CIDR's ref with the parameter defaults or values it came through, so a finding names them. */
function withVia(a: Attr<string>): SecurityGroupRule['cidrsRef'] {
  return a.via ? { ...a.ref, via: a.via } : a.ref;
}

function listOf(a: Attr<string>): (string | Unknown)[] {
  return a.present && a.value !== undefined ? [a.value] : [];
}
