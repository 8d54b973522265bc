// SPDX-License-Identifier: Apache-2.0
// The public API for rules (files under rules/): typed metadata, a check over one model resource, and
// fixes expressed as "set this attribute to this value" operations that the platform edit builders turn
// into text. A rule never sees syntax, lines or columns.

import type { Unknown } from '../parsers/hcl/evaluate';
import type { Attr } from '../model/attr';
import type { AttrLocation, EditTarget, FixValue } from '../model/edit-target';
import type { AwsModel, CloudModel, TargetKind } from '../model/model';
import type { ModelResource } from '../model/resource';
import type { Platform, SourceRef } from '../model/source';
import type { CisFrameworkKey, FrameworkKey } from './frameworks';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Findings a rule cannot decide are reported at this level, never as violations. */
export type FindingLevel = Severity | 'info';

export interface RuleMeta {
  /** Stable, never reused: `AWS-S3-001`. */
  id: string;
  /** Kebab-case name, equal to the rule's file name: `s3-block-public-access`. */
  name: string;
  title: string;
  severity: Severity;
  /** What the rule checks, in our words. */
  description: string;
  /** Why it matters. */
  rationale: string;
  /** How to fix it, for Terraform and CloudFormation. */
  remediation: string;
  links: string[];
  /** Framework key to the ids this rule evidences (CIS recommendation ids, TSC criteria, NIST controls). */
  frameworks: Partial<Record<FrameworkKey, string[]>>;
  /** CIS profile level of the mapped recommendation, per CIS framework key. */
  levels: Partial<Record<CisFrameworkKey, 1 | 2>>;
  /** How the non-CIS mappings were chosen, when not through a CIS recommendation (our words). */
  mappingNote?: string;
  /** Resource types the rule inspects, per platform (for docs, coverage and "not applicable"). */
  resourceTypes: Partial<Record<Platform, string[]>>;
  /** Whether findings come with a quick fix, and of which kind (checked against fixtures). */
  fix: FixSafety | 'none';
}

export type FixSafety = 'safe' | 'unsafe';

/** One change a fix makes. */
export type FixOp =
  | { op: 'set'; location: AttrLocation; value: FixValue }
  /** Adds a resource with these attributes (e.g. a flow log for a VPC). */
  | { op: 'create'; target: EditTarget; values: [string[], FixValue][] };

export interface PlannedFix {
  /** Stable within the rule: `enable`, `add-public-access-block`. */
  id: string;
  title: string;
  safety: FixSafety;
  ops: FixOp[];
}

export interface ReportOptions {
  fixes?: PlannedFix[];
}

export interface CheckContext {
  /** The whole model, for rules that look across resources. */
  readonly model: CloudModel;
  /** A violation at an attribute (or the resource header when the attribute is absent), a ref, or a resource. */
  report(at: Attr<unknown> | SourceRef | ModelResource, message: string, options?: ReportOptions): void;
  /**
   * The rule cannot decide because a value is unknown: an information-level finding that names what is
   * unknown ("cannot verify: depends on var.x"). Never a silent pass, never a violation.
   */
  cannotVerify(at: Attr<unknown> | SourceRef | ModelResource, unknown: Unknown, what: string): void;
}

export interface Rule<K extends TargetKind = TargetKind> {
  meta: RuleMeta;
  /** The model list the rule checks, one resource at a time. */
  target: K;
  check(resource: AwsModel[K][number], ctx: CheckContext): void;
}

/** Identity function that gives rule files type inference on `check`'s resource parameter. */
export function defineRule<K extends TargetKind>(rule: Rule<K>): Rule<K> {
  return rule;
}

/** A planned fix that sets one attribute. */
export function setFix(id: string, title: string, safety: FixSafety, ...sets: [Attr<unknown>, FixValue][]): PlannedFix[] {
  const ops: FixOp[] = [];
  for (const [attr, value] of sets) {
    if (!attr.location) return [];
    ops.push({ op: 'set', location: attr.location, value });
  }
  return [{ id, title, safety, ops }];
}
