// SPDX-License-Identifier: Apache-2.0
// The public API for rules (files under rules/): typed metadata, a check over one model resource, and
// fixes expressed as "set this attribute to this value" operations that the platform edit builders turn
// into text. A rule never sees syntax, lines or columns.

import type { Unknown } from '../core/value';
import type { Attr } from '../model/attr';
import type { AttrLocation, EditTarget, FixValue } from '../model/edit-target';
import type { AwsModel, CloudModel, TargetKind } from '../model/model';
import type { ModelResource } from '../model/resource';
import type { CatalogResource, CatalogResourceOf } from '../model/aws/catalog-resource';
import type { CatalogKindName } from '../model/catalog';
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
  /**
   * The ids peer tools give the same check, so their suppression comments and Metadata keep working (see
   * engine/suppressions.ts). Only ids that check the same condition on the same resource kind: a wrong
   * alias would silently suppress an unrelated finding.
   */
  aliases?: Partial<Record<PeerTool, string[]>>;
  /** Whether findings come with a quick fix, and of which kind (checked against fixtures). */
  fix: FixSafety | 'none';
  /**
   * Resource rules whose control is the existence of the resource (a CloudTrail trail): in a module or
   * template that is in AWS scope and has none of `resourceTypes`, the runner files a project-level
   * "missing" finding with this message (`{where}` becomes "module" or "template"), so "nothing there" is
   * a failure, never "not applicable". Module rules are presence controls by construction.
   */
  presence?: string;
  /**
   * The organisation's own frameworks (custom rules only): key → title and the ids this rule evidences.
   * Reports show them beside the built-in frameworks.
   */
  orgFrameworks?: Record<string, { title: string; ids: string[] }>;
  /** A custom rule: the workspace rule file that declares it (docs/custom-rules.md). */
  source?: { file: string };
}

/** Tools whose suppression syntax is honoured: `checkov` CKV ids, `trivy` AVD ids, `tfsec` long ids, ... */
export type PeerTool = 'checkov' | 'trivy' | 'tfsec' | 'kics' | 'cfn_nag' | 'cfn-lint' | 'guard';
export const PEER_TOOLS: readonly PeerTool[] = ['checkov', 'trivy', 'tfsec', 'kics', 'cfn_nag', 'cfn-lint', 'guard'];

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
  /**
   * The reported value is a credential: the defaults and inputs it came through are still named (message,
   * relatedInformation, JSON `via`), but with their values masked, so no report repeats the secret.
   */
  secret?: boolean;
  /**
   * A lower severity than the rule's for this finding, when the setting is not declared and what AWS does
   * without it is safe for new resources today (S3 Block Public Access since April 2023): the finding says
   * the code relies on that default, and its severity says how much that matters.
   */
  severity?: Severity;
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

/** A rule over one of the typed model lists (S3 buckets, security groups, ...). */
export interface TypedRule<K extends TargetKind = TargetKind> {
  meta: RuleMeta;
  /** The model list the rule checks, one resource at a time. */
  target: K;
  /**
   * Which resources of the list the rule judges (default: all). A list that holds several kinds of
   * resource (the GCP IAM statements of every scope) is narrowed here, so that a resource the rule is not
   * about is not counted as assessed (and passing) in reports.
   */
  applies?(resource: AwsModel[K][number]): boolean;
  check(resource: AwsModel[K][number], ctx: CheckContext): void;
}

/** A rule over a catalog kind (model/catalog): resources with plain settings, by normalized name. */
export interface CatalogRule {
  meta: RuleMeta;
  target: 'catalog';
  /** The catalog kind, e.g. `aws.dynamodb.table`. */
  kind: string;
  check(resource: CatalogResource, ctx: CheckContext): void;
}

/** How a rule file declares a catalog rule: `check` sees the kind's declared settings, typed. */
export interface CatalogRuleOf<K extends CatalogKindName> {
  meta: RuleMeta;
  /** The catalog kind, e.g. `aws.dynamodb.table` (a misspelt kind does not compile). */
  kind: K;
  check(resource: CatalogResourceOf<K>, ctx: CheckContext): void;
}

/**
 * A rule over a whole Terraform module or CloudFormation template: account-level controls (Security Hub,
 * Config, a password policy, the CIS 4.x metric filters) that are satisfied by some resource existing
 * somewhere. When the control is configured but wrong, report on that resource; when it is missing
 * everywhere, `reportMissing` files a project-level finding that the workspace audit and the CLI show,
 * but the editor does not show while typing (it would nag in every file).
 */
export interface ModuleRule {
  meta: RuleMeta;
  target: 'module';
  check(model: CloudModel, ctx: ModuleContext): void;
}

export interface ModuleContext {
  readonly model: CloudModel;
  /** A violation on a resource (or one of its attributes). */
  report(resource: ModelResource, at: Attr<unknown> | SourceRef | ModelResource, message: string, options?: ReportOptions): void;
  cannotVerify(resource: ModelResource, at: Attr<unknown> | SourceRef | ModelResource, unknown: Unknown, what: string): void;
  /** The control is absent from the module/template: a project-level finding at its anchor file. */
  reportMissing(message: string, options?: ReportOptions): void;
  /**
   * The control is in place, and this resource is the evidence (the report names it). A module rule that
   * reports nothing and calls neither `present` nor `notApplicable` is judged by whether the module declares
   * one of its resource types; with none, the runner files a "missing" finding (no pass without evidence).
   */
  present(resource: ModelResource): void;
  /** The control cannot apply to this module (an account S3 setting where nothing uses S3): why. */
  notApplicable(reason: string): void;
  /** Which platform the module is (rules word their messages and fixes accordingly). */
  readonly platform: Platform;
}

export type Rule = TypedRule<TargetKind> | CatalogRule | ModuleRule;

/** Identity function that gives rule files type inference on `check`'s resource parameter. */
export function defineRule<K extends TargetKind>(rule: TypedRule<K>): Rule {
  return rule as unknown as Rule;
}

/** The same for module rules. */
export function defineModuleRule(rule: Omit<ModuleRule, 'target'>): Rule {
  return { ...rule, target: 'module' };
}

/** The same for catalog kinds; the runner hands `check` only resources of `kind`, built from its declaration. */
export function defineCatalogRule<K extends CatalogKindName>(rule: CatalogRuleOf<K>): Rule {
  return { ...rule, target: 'catalog' } as unknown as Rule;
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
