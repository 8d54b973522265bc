// SPDX-License-Identifier: Apache-2.0
// VPCs with their flow logs, launch templates, EBS volumes. Security groups are in security-groups.ts.

import { aclKeyOf } from '../acl-key';
import type { EbsVolume, FlowLog, InstanceLike, NetworkAclEntry, Vpc } from '../../aws/ec2';
import type { CloudFormationNewResourceTarget } from '../../edit-target';
import { lit } from '../../edit-target';
import { asBool, asNumber, asString, ResourceReader } from './read';
import type { CfnContext } from './read';
import { Unknown } from '../../../core/value';
import { getAttTarget, refTarget } from './refs';

/** The logical id a flow log's ResourceId names: `!Ref Vpc` or `!GetAtt Vpc.VpcId`. */
function flowLogVpc(f: ResourceReader): string | undefined {
  const node = f.node(['ResourceId']);
  const att = getAttTarget(node);
  return refTarget(node) ?? (att && att[1] === 'VpcId' ? att[0] : undefined);
}

export function vpcs(ctx: CfnContext): Vpc[] {
  const flowLogs = ctx.ofType('AWS::EC2::FlowLog').map((r) => new ResourceReader(ctx, r));
  const vpcIds = new Set(ctx.ofType('AWS::EC2::VPC').map((r) => r.logicalId));
  // Flow logs for a VPC this template does not declare by reference (a parameter, an import): they could
  // be any VPC's, so VPCs without their own flow log cannot be judged while they exist.
  const unresolvedFlowLogs: Unknown[] = [];
  for (const f of flowLogs) {
    if (f.literal(['ResourceType']) !== 'VPC') continue;
    const id = flowLogVpc(f);
    if (id !== undefined && vpcIds.has(id)) continue;
    const node = f.node(['ResourceId']);
    const v = node ? f.value(node) : undefined;
    if (v instanceof Unknown) unresolvedFlowLogs.push(new Unknown(v.reason, v.span, `the VPC of flow log ${f.logicalId} (${v.detail})`));
  }
  // A VPC id is generated at deploy time, so a flow log can only name its VPC by reference.
  const byVpc = new Map<string, ResourceReader[]>();
  for (const f of flowLogs) {
    const id = flowLogVpc(f);
    if (id !== undefined && f.literal(['ResourceType']) === 'VPC') {
      const list = byVpc.get(id);
      if (list) list.push(f);
      else byVpc.set(id, [f]);
    }
  }
  return ctx.ofType('AWS::EC2::VPC').map((r) => {
    const v = new ResourceReader(ctx, r);
    const own = byVpc.get(v.logicalId) ?? [];
    return { ...v.base(), flowLogs: own.map(flowLog), newFlowLogTarget: newFlowLogTarget(ctx, v), unresolvedFlowLogs };
  });
}

function flowLog(f: ResourceReader): FlowLog {
  return { ...f.base(), trafficType: f.attr(['TrafficType'], asString) };
}

function newFlowLogTarget(ctx: CfnContext, v: ResourceReader): CloudFormationNewResourceTarget {
  return {
    platform: 'cloudformation',
    kind: 'new-resource',
    file: ctx.file,
    after: v.resource,
    logicalId: ctx.freeLogicalId(`${v.logicalId}FlowLog`),
    resourceType: 'AWS::EC2::FlowLog',
    preamble: [
      ['ResourceId', { kind: 'reference', terraform: '', cloudformation: { ref: v.logicalId } }],
      ['ResourceType', lit('VPC')],
      ['TrafficType', lit('ALL')],
    ],
  };
}

/**
 * Launch templates (LaunchTemplateData.MetadataOptions), instances and launch configurations (MetadataOptions). An instance
 * launched from a launch template takes its metadata options from the template, so it is only judged on
 * its own options when it names none.
 */
export function launchTemplates(ctx: CfnContext): InstanceLike[] {
  const read = (r: ResourceReader, options: string[]): InstanceLike => ({
    ...r.base(),
    httpTokens: r.attr([...options, 'HttpTokens'], asString, { fallback: 'optional' }),
    httpEndpoint: r.attr([...options, 'HttpEndpoint'], asString, { fallback: 'enabled' }),
  });
  const templates = ctx.ofType('AWS::EC2::LaunchTemplate').map((r) => read(new ResourceReader(ctx, r), ['LaunchTemplateData', 'MetadataOptions']));
  const instances = ctx
    .ofType('AWS::EC2::Instance')
    .map((r) => new ResourceReader(ctx, r))
    .filter((r) => r.node(['LaunchTemplate']) === undefined)
    .map((r) => read(r, ['MetadataOptions']));
  const configurations = ctx.ofType('AWS::AutoScaling::LaunchConfiguration').map((r) => read(new ResourceReader(ctx, r), ['MetadataOptions']));
  return [...templates, ...instances, ...configurations];
}

export function ebsVolumes(ctx: CfnContext): EbsVolume[] {
  return ctx.ofType('AWS::EC2::Volume').map((r) => {
    const v = new ResourceReader(ctx, r);
    return { ...v.base(), encrypted: v.attr(['Encrypted'], asBool, { fallback: false }), kmsKeyId: v.attr(['KmsKeyId'], asString) };
  });
}

/**
 * AWS::EC2::NetworkAclEntry. `Protocol` is a number (-1 all, 6 TCP, 17 UDP); `PortRange` applies to TCP
 * and UDP only; `Egress` defaults to false.
 */
export function networkAclEntries(ctx: CfnContext): NetworkAclEntry[] {
  return ctx.ofType('AWS::EC2::NetworkAclEntry').map((r) => {
    const e = new ResourceReader(ctx, r);
    return {
      ...e.base(),
      entryRef: e.ref,
      egress: e.attr(['Egress'], asBool, { fallback: false }),
      ruleAction: e.attr(['RuleAction'], asString),
      protocol: e.attr(['Protocol'], asString),
      fromPort: e.attr(['PortRange', 'From'], asNumber),
      toPort: e.attr(['PortRange', 'To'], asNumber),
      cidr: e.attr(['CidrBlock'], asString),
      ipv6Cidr: e.attr(['Ipv6CidrBlock'], asString),
      ruleNumber: e.attr(['RuleNumber'], asNumber),
      aclKey: aclKeyOf(e.attr(['NetworkAclId'], (v) => v).value),
    };
  });
}
