// SPDX-License-Identifier: Apache-2.0
// VPCs joined with their flow logs, and security groups with every ingress rule: inline `ingress` blocks,
// `dynamic "ingress"` blocks (values unknown unless literal), aws_security_group_rule (type = ingress) and
// aws_vpc_security_group_ingress_rule resources joined by `security_group_id`.

import { Unknown } from '../../../../core/value';
import type { Block } from '../../../../parsers/hcl/ast';
import type { DefaultSecurityGroup, NetworkAclEntry, SecurityGroup, SecurityGroupRule, Vpc } from '../../../aws/ec2';
import { absentAttr } from '../../../attr';
import type { Attr } from '../../../attr';
import type { EditTarget } from '../../../edit-target';
import type { ModelResource } from '../../../resource';
import { nodeRef, type SourceRef } from '../../../source';
import type { TfFile, TfModule, TfResource } from '../module';
import { aclKeyOf } from '../../acl-key';
import { asBool, asNumber, asString, blockTarget, evalExpr, findAttribute, headerRef, nestedBlock, nestedBlocks, readAttr, referencedName, stringList } from '../values';
import type { Convert } from '../values';
import { attributeListItems } from './attribute-lists';
import type { ListItem } from './attribute-lists';

function resourceBase(r: TfResource): ModelResource {
  return { platform: 'terraform', address: r.address, sourceType: r.type, ref: headerRef(r.file, r.block), target: blockTarget(r.file, r.block) };
}

export function vpcs(mod: TfModule): Vpc[] {
  const vpcNames = new Set(mod.ofType('aws_vpc').map((v) => v.name));
  // Flow logs by the VPC they reference (one pass, one lookup per VPC). Those whose vpc_id is neither a
  // VPC of this module nor a literal could belong to any VPC.
  const unresolvedFlowLogs: Unknown[] = [];
  const byVpc = new Map<string, TfResource[]>();
  for (const f of mod.ofType('aws_flow_log')) {
    const a = findAttribute(f.block, 'vpc_id');
    if (!a) continue;
    const e = mod.deref(a.expr);
    const name = referencedName(e, 'aws_vpc', ['id']);
    if (name !== undefined) {
      const list = byVpc.get(name);
      if (list) list.push(f);
      else byVpc.set(name, [f]);
    }
    if (name !== undefined && vpcNames.has(name)) continue;
    const v = evalExpr(f.file, e);
    if (v instanceof Unknown) unresolvedFlowLogs.push(new Unknown(v.reason, v.span, `the VPC of ${f.address} (${v.detail})`));
  }
  return mod.ofType('aws_vpc').map((v) => {
    const flowLogs = (byVpc.get(v.name) ?? [])
      .map((f) => ({
        ...resourceBase(f),
        trafficType: readAttr(f.file, f.block, ['traffic_type'], asString, { target: blockTarget(f.file, f.block), absentRef: headerRef(f.file, f.block) }),
      }));
    const newFlowLogTarget: EditTarget = {
      platform: 'terraform',
      kind: 'new-resource',
      file: v.file.path,
      after: v.block,
      resourceType: 'aws_flow_log',
      name: v.name,
      preamble: [['vpc_id', { kind: 'reference', terraform: `aws_vpc.${v.name}.id`, cloudformation: { ref: v.name } }]],
    };
    return { ...resourceBase(v), flowLogs, newFlowLogTarget, unresolvedFlowLogs };
  });
}

/** One rule from a block holding from_port/to_port/protocol/cidr_blocks (inline ingress or rule resource). */
function ruleFromBlock(file: TfFile, owner: Block, ruleBlock: Block, path: string[], standalone: ModelResource | null, names: RuleNames): SecurityGroupRule {
  const target = blockTarget(file, owner);
  const ref = standalone ? standalone.ref : headerRef(file, ruleBlock);
  const opts = { target, absentRef: ref };
  const list = (name: string): [(string | Unknown)[], SourceRef] => {
    const a = findAttribute(ruleBlock, name);
    if (!a) return [[], ref];
    const at = nodeRef(file.path, a);
    return [stringList(evalExpr(file, a.expr), at), at];
  };
  const [cidrs, cidrsRef] = list(names.cidrs);
  const [ipv6Cidrs, ipv6CidrsRef] = list(names.ipv6);
  return {
    ref,
    standalone,
    protocol: readAttr(file, owner, [...path, names.protocol], asString, opts),
    fromPort: readAttr(file, owner, [...path, 'from_port'], asNumber, opts),
    toPort: readAttr(file, owner, [...path, 'to_port'], asNumber, opts),
    cidrs,
    cidrsRef,
    ipv6Cidrs,
    ipv6CidrsRef,
  };
}

/** One rule from an item of an `ingress = [{ ... }]` attribute list. */
function ruleFromItem(item: ListItem): SecurityGroupRule {
  const list = (name: string): [(string | Unknown)[], SourceRef] => {
    const raw = item.raw(name);
    const at = item.fieldRef(name);
    return [raw === undefined ? [] : stringList(raw, at), at];
  };
  const [cidrs, cidrsRef] = list('cidr_blocks');
  const [ipv6Cidrs, ipv6CidrsRef] = list('ipv6_cidr_blocks');
  return {
    ref: item.ref,
    standalone: null,
    protocol: item.field('protocol', asString),
    fromPort: item.field('from_port', asNumber),
    toPort: item.field('to_port', asNumber),
    cidrs,
    cidrsRef,
    ipv6Cidrs,
    ipv6CidrsRef,
  };
}

interface RuleNames {
  protocol: string;
  cidrs: string;
  ipv6: string;
}

const CLASSIC: RuleNames = { protocol: 'protocol', cidrs: 'cidr_blocks', ipv6: 'ipv6_cidr_blocks' };
const VPC_RULE: RuleNames = { protocol: 'ip_protocol', cidrs: 'cidr_ipv4', ipv6: 'cidr_ipv6' };

export function securityGroups(mod: TfModule): SecurityGroup[] {
  const groups: SecurityGroup[] = [];
  const byName = new Map<string, SecurityGroup>();
  for (const g of mod.ofType('aws_security_group')) {
    const ingress: SecurityGroupRule[] = nestedBlocks(g.block, 'ingress').map((ib) => ruleFromBlock(g.file, ib, ib, [], null, CLASSIC));
    for (const d of nestedBlocks(g.block, 'dynamic')) {
      if (d.labels[0]?.value !== 'ingress') continue;
      const content = nestedBlock(d, 'content');
      if (content) ingress.push(ruleFromBlock(g.file, content, content, [], null, CLASSIC));
    }
    // `ingress = [{ ... }]`: the attribute form of the same rules.
    const listAttr = findAttribute(g.block, 'ingress');
    if (listAttr) ingress.push(...attributeListItems(g.file, listAttr).map(ruleFromItem));
    const sg: SecurityGroup = { ...resourceBase(g), ingress };
    groups.push(sg);
    byName.set(g.name, sg);
  }
  const attach = (r: TfResource, names: RuleNames): void => {
    const standalone = resourceBase(r);
    const rule = ruleFromBlock(r.file, r.block, r.block, [], standalone, names);
    const sgAttr = findAttribute(r.block, 'security_group_id');
    const name = sgAttr ? referencedName(mod.deref(sgAttr.expr), 'aws_security_group', ['id']) : undefined;
    const owner = name === undefined ? undefined : byName.get(name);
    if (owner) owner.ingress.push(rule);
    // A rule for a group defined elsewhere is still checked, as a group of its own.
    else groups.push({ ...standalone, ingress: [rule] });
  };
  for (const r of mod.ofType('aws_security_group_rule')) {
    const typeAttr = findAttribute(r.block, 'type');
    const type = typeAttr ? evalExpr(r.file, typeAttr.expr) : undefined;
    if (type !== 'ingress' && !(type instanceof Unknown)) continue;
    attach(r, CLASSIC);
  }
  for (const r of mod.ofType('aws_vpc_security_group_ingress_rule')) attach(r, VPC_RULE);
  return groups;
}

/**
 * Network ACL entries: inline `ingress`/`egress` blocks of `aws_network_acl` (and of
 * `aws_default_network_acl`), and `aws_network_acl_rule` resources (egress defaults to false).
 */
export function networkAclEntries(mod: TfModule): NetworkAclEntry[] {
  const out: NetworkAclEntry[] = [];
  for (const type of ['aws_network_acl', 'aws_default_network_acl']) {
    for (const acl of mod.ofType(type)) {
      const base = resourceBase(acl);
      const blocks: [Block, boolean][] = [
        ...nestedBlocks(acl.block, 'ingress').map((b): [Block, boolean] => [b, false]),
        ...nestedBlocks(acl.block, 'egress').map((b): [Block, boolean] => [b, true]),
      ];
      for (const [block, egress] of blocks) {
        const entryRef = headerRef(acl.file, block);
        const target = blockTarget(acl.file, block);
        const read = <T>(name: string, convert: Convert<T>): Attr<T> => readAttr(acl.file, block, [name], convert, { target, absentRef: entryRef });
        out.push({
          ...base,
          entryRef,
          egress: absentAttr<boolean>(entryRef, null, egress),
          ruleAction: read('action', asString),
          protocol: read('protocol', asString),
          fromPort: read('from_port', asNumber),
          toPort: read('to_port', asNumber),
          cidr: read('cidr_block', asString),
          ipv6Cidr: read('ipv6_cidr_block', asString),
          ruleNumber: read('rule_no', asNumber),
          aclKey: `resource:${acl.baseAddress}`,
        });
      }
      // `ingress = [{ ... }]` / `egress = [...]`: the attribute form of the same entries.
      for (const [name, egress] of [['ingress', false], ['egress', true]] as [string, boolean][]) {
        const a = findAttribute(acl.block, name);
        if (!a) continue;
        for (const item of attributeListItems(acl.file, a)) {
          out.push({
            ...base,
            entryRef: item.ref,
            egress: absentAttr<boolean>(item.ref, null, egress),
            ruleAction: item.field('action', asString),
            protocol: item.field('protocol', asString),
            fromPort: item.field('from_port', asNumber),
            toPort: item.field('to_port', asNumber),
            cidr: item.field('cidr_block', asString),
            ipv6Cidr: item.field('ipv6_cidr_block', asString),
            ruleNumber: item.field('rule_no', asNumber),
            aclKey: `resource:${acl.baseAddress}`,
          });
        }
      }
    }
  }
  for (const r of mod.ofType('aws_network_acl_rule')) {
    const base = resourceBase(r);
    const target = blockTarget(r.file, r.block);
    const read = <T>(name: string, convert: Convert<T>, fallback?: T): Attr<T> =>
      readAttr(r.file, r.block, [name], convert, fallback === undefined ? { target, absentRef: base.ref } : { target, absentRef: base.ref, fallback });
    out.push({
      ...base,
      entryRef: base.ref,
      egress: read('egress', asBool, false),
      ruleAction: read('rule_action', asString),
      protocol: read('protocol', asString),
      fromPort: read('from_port', asNumber),
      toPort: read('to_port', asNumber),
      cidr: read('cidr_block', asString),
      ipv6Cidr: read('ipv6_cidr_block', asString),
      ruleNumber: read('rule_number', asNumber),
      aclKey: aclKeyOf(read('network_acl_id', (v) => v).value),
    });
  }
  return out;
}

/** `aws_default_security_group` with the rules written in it (inline and `dynamic` blocks). */
export function defaultSecurityGroups(mod: TfModule): DefaultSecurityGroup[] {
  return mod.ofType('aws_default_security_group').map((g) => {
    const rules: DefaultSecurityGroup['rules'] = [];
    for (const b of g.block.body.blocks) {
      const direction = b.blockType === 'dynamic' ? b.labels[0]?.value : b.blockType;
      if (direction === 'ingress' || direction === 'egress') rules.push({ direction, ref: headerRef(g.file, b) });
    }
    // The attribute form: `ingress = []` is how a configuration says "no rules"; each item is a rule.
    for (const direction of ['ingress', 'egress'] as const) {
      const a = findAttribute(g.block, direction);
      if (!a) continue;
      for (const item of attributeListItems(g.file, a)) {
        rules.push(item.unknown ? { direction, ref: item.ref, unknown: item.unknown } : { direction, ref: item.ref });
      }
    }
    return { ...resourceBase(g), rules };
  });
}
