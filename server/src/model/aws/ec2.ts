// SPDX-License-Identifier: Apache-2.0
// VPCs with their flow logs, security groups with every ingress rule (inline, or declared as separate
// rule resources and joined by reference), instances and launch templates, EBS volumes.

import type { Provenance, Unknown } from '../../core/value';
import type { Attr } from '../attr';
import type { EditTarget } from '../edit-target';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';

export interface Vpc extends ModelResource {
  /** Flow logs whose resource reference points at this VPC. */
  flowLogs: FlowLog[];
  /** Where a new flow log would be written. */
  newFlowLogTarget: EditTarget;
  /**
   * Flow logs of the same module/template whose resource cannot be resolved (`vpc_id = var.vpc_id`): one
   * of them may be this VPC's, so a VPC without resolved flow logs cannot be judged while these exist.
   */
  unresolvedFlowLogs: Unknown[];
}

export interface FlowLog extends ModelResource {
  trafficType: Attr<string>;
}

export interface SecurityGroup extends ModelResource {
  ingress: SecurityGroupRule[];
}

/** Where a list of values is written, with the defaults and inputs it came through (see Attr.via). */
export type RefWithVia = SourceRef & { via?: readonly Provenance[] };

export interface SecurityGroupRule {
  /** The rule block or resource: where findings go. */
  ref: SourceRef;
  /** Set when the rule is its own resource (aws_security_group_rule, AWS::EC2::SecurityGroupIngress). */
  standalone: ModelResource | null;
  /** `tcp`, `udp`, `icmp`, `-1`/`all` for all. */
  protocol: Attr<string>;
  fromPort: Attr<number>;
  toPort: Attr<number>;
  /** IPv4 CIDRs; each a string or Unknown. */
  cidrs: (string | Unknown)[];
  cidrsRef: RefWithVia;
  ipv6Cidrs: (string | Unknown)[];
  ipv6CidrsRef: RefWithVia;
}

/** An EC2 instance, a launch template or a launch configuration: all carry instance metadata options. */
export interface InstanceLike extends ModelResource {
  /** `required` means IMDSv2 only; `optional` (the default for instances) allows IMDSv1. */
  httpTokens: Attr<string>;
  /** `enabled` (default) or `disabled`: with the endpoint disabled, IMDS is off entirely. */
  httpEndpoint: Attr<string>;
}

export interface EbsVolume extends ModelResource {
  encrypted: Attr<boolean>;
  kmsKeyId: Attr<string>;
}

/**
 * One network ACL entry: an inline `ingress`/`egress` block of `aws_network_acl` (the ACL is then the
 * resource), an `aws_network_acl_rule`, or an `AWS::EC2::NetworkAclEntry`.
 */
export interface NetworkAclEntry extends ModelResource {
  /** Where findings on the entry go: the block or the rule resource. */
  entryRef: SourceRef;
  /** Default false (ingress) for the rule resources; inline blocks know their direction. */
  egress: Attr<boolean>;
  /** `allow` or `deny`. */
  ruleAction: Attr<string>;
  /** `-1`/`all`, `tcp`/`6`, `udp`/`17`, ... */
  protocol: Attr<string>;
  fromPort: Attr<number>;
  toPort: Attr<number>;
  cidr: Attr<string>;
  ipv6Cidr: Attr<string>;
  /** `rule_number` / `RuleNumber`: entries are evaluated in ascending order and the first match decides. */
  ruleNumber: Attr<number>;
  /**
   * Which ACL the entry belongs to, for comparing entries: `resource:<address>` for inline entries and for
   * rule resources whose `network_acl_id` / `NetworkAclId` refers to an ACL of the configuration, `var:`,
   * `param:` or `id:` for the same input or literal id; null when it cannot be told.
   */
  aclKey: string | null;
}

/** `aws_default_security_group`: adopts a VPC's default group; any rule written in it allows traffic. */
export interface DefaultSecurityGroup extends ModelResource {
  /** Inline `ingress` / `egress` blocks (and `dynamic` ones), each with its ref. */
  /** `unknown` is set when the rules come from a list that cannot be known (`ingress = var.rules`). */
  rules: { direction: 'ingress' | 'egress'; ref: SourceRef; unknown?: Unknown }[];
}
