// SPDX-License-Identifier: Apache-2.0
// VPCs with their flow logs, launch templates, EBS volumes. Security groups are in security-groups.ts.

import type { EbsVolume, FlowLog, InstanceLike, Vpc } from '../../aws/ec2';
import type { CloudFormationNewResourceTarget } from '../../edit-target';
import { lit } from '../../edit-target';
import { asBool, asString, ResourceReader } from './read';
import type { CfnContext } from './read';
import { refTarget } from './refs';

export function vpcs(ctx: CfnContext): Vpc[] {
  const flowLogs = ctx.ofType('AWS::EC2::FlowLog').map((r) => new ResourceReader(ctx, r));
  return ctx.ofType('AWS::EC2::VPC').map((r) => {
    const v = new ResourceReader(ctx, r);
    // A VPC id is generated at deploy time, so a flow log can only name its VPC through `!Ref`.
    const own = flowLogs.filter((f) => refTarget(f.node(['ResourceId'])) === v.logicalId && f.literal(['ResourceType']) === 'VPC');
    return { ...v.base(), flowLogs: own.map(flowLog), newFlowLogTarget: newFlowLogTarget(ctx, v) };
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
 * AWS::EC2::Instance has no metadata options property in CloudFormation (they come from a launch template
 * or the AMI), so only launch templates are InstanceLike here.
 */
export function launchTemplates(ctx: CfnContext): InstanceLike[] {
  const options = ['LaunchTemplateData', 'MetadataOptions'];
  return ctx.ofType('AWS::EC2::LaunchTemplate').map((r) => {
    const t = new ResourceReader(ctx, r);
    return {
      ...t.base(),
      httpTokens: t.attr([...options, 'HttpTokens'], asString, { fallback: 'optional' }),
      httpEndpoint: t.attr([...options, 'HttpEndpoint'], asString, { fallback: 'enabled' }),
    };
  });
}

export function ebsVolumes(ctx: CfnContext): EbsVolume[] {
  return ctx.ofType('AWS::EC2::Volume').map((r) => {
    const v = new ResourceReader(ctx, r);
    return { ...v.base(), encrypted: v.attr(['Encrypted'], asBool, { fallback: false }), kmsKeyId: v.attr(['KmsKeyId'], asString) };
  });
}
