// SPDX-License-Identifier: Apache-2.0
// The CloudFormation adapter: one parsed template → the normalized CloudModel that rules read. Each
// service's resources are mapped in their own file; joins (bucket policies, flow logs, standalone ingress
// rules) happen within the template, which is CloudFormation's unit of deployment.

import type { CfnTemplate } from '../../../parsers/cfn';
import type { CfnResource } from '../../../parsers/cfn/template';
import { DEFAULT_INPUTS } from '../../../core/inputs';
import type { EvaluationInputs } from '../../../core/inputs';
import { emptyModel } from '../../model';
import type { AwsModel, CloudModel } from '../../model';
import { cloudTrails } from './cloudtrail';
import { ebsVolumes, launchTemplates, networkAclEntries, vpcs } from './ec2';
import { iamPolicies, iamRoles } from './iam';
import { kmsKeys } from './kms';
import { rdsInstances } from './rds';
import { CfnContext } from './read';
import type { OffsetShift } from '../../../core/shift-offsets';
import { s3Buckets } from './s3';
import { securityGroups } from './security-groups';
import { catalogResources } from './catalog';
import { resourcePolicies } from './resource-policy';
import { noEchoDefaults } from './parameter-secrets';
import { logGroups, metricAlarms, metricFilters, snsSubscriptions, snsTopics } from './monitoring';

export { NO_VALUE, valueOf } from './values';
export type { ValueScope } from './values';

/** The parts of a model built one by one: each a list of `aws` (the catalog is one part). */
const PARTS: readonly [keyof AwsModel, (ctx: CfnContext) => unknown][] = [
  ['s3Buckets', s3Buckets],
  ['cloudTrails', cloudTrails],
  ['kmsKeys', kmsKeys],
  ['vpcs', vpcs],
  ['securityGroups', securityGroups],
  ['instances', launchTemplates],
  ['ebsVolumes', ebsVolumes],
  ['rdsInstances', rdsInstances],
  ['iamPolicies', iamPolicies],
  ['networkAclEntries', networkAclEntries],
  ['iamRoles', iamRoles],
  ['logGroups', logGroups],
  ['metricFilters', metricFilters],
  ['metricAlarms', metricAlarms],
  ['snsTopics', snsTopics],
  ['snsSubscriptions', snsSubscriptions],
  ['resourcePolicies', resourcePolicies],
  ['credentialSettings', noEchoDefaults],
  ['catalog', catalogResources],
];

/** What building one part read: conditions (directly or through which resources exist), open ones in order. */
export interface PartReads {
  conditions: Set<string>;
  open: string[];
  /** Resources it asked for by type and by logical id, or all of them. */
  types: Set<string | null>;
  ids: Set<string>;
  all: boolean;
}

/**
 * An edit inside one resource since `from` was built (service/cfn-reuse.ts): the resource's logical id, its
 * types before and after, and how offsets moved. Parts that read no resource of those types, not that
 * id, and not every resource are the same but for offsets.
 */
export interface ResourceEdit {
  id: string;
  types: ReadonlySet<string | null>;
  /** Moves what the last text's analysis holds; the template's resources are replaced by the new text's. */
  shift: OffsetShift<CfnResource>;
}

/** A model with what each part read, for scenarios that reuse the parts no forced condition affects. */
export interface BuiltModel {
  model: CloudModel;
  reads: Map<keyof AwsModel, PartReads>;
  /** Every resource's `Condition` (whether the resources exist, and `model.conditional`). */
  resourceConditions: ReadonlySet<string>;
  /** Resources made by `Fn::ForEach` or SAM (parts are then not reused across edits). */
  expanded: boolean;
  /** The parts built here (not taken from `reuse.from`). */
  rebuilt: Set<keyof AwsModel>;
}

/**
 * @param inputs parameter values given from outside and whether defaults count
 * @param forced conditions a scenario decides (see service/cfn-scenarios.ts)
 */
export function buildCloudFormationModel(
  file: string,
  template: CfnTemplate,
  language: 'yaml' | 'json',
  inputs: EvaluationInputs = DEFAULT_INPUTS,
  forced: ReadonlyMap<string, boolean> = new Map(),
): CloudModel {
  return buildCloudFormationParts(file, template, language, inputs, forced).model;
}

/**
 * buildCloudFormationModel, recording what each part read; with `reuse`, the parts of `reuse.from` that read
 * none of `reuse.tainted` (the conditions whose value differs between that model's scenario and this one)
 * are taken as they are: building them again would give the same (the adapters are deterministic).
 */
export function buildCloudFormationParts(
  file: string,
  template: CfnTemplate,
  language: 'yaml' | 'json',
  inputs: EvaluationInputs = DEFAULT_INPUTS,
  forced: ReadonlyMap<string, boolean> = new Map(),
  reuse?: { from: BuiltModel; tainted: ReadonlySet<string>; edit?: ResourceEdit },
): BuiltModel {
  const ctx = new CfnContext(file, template, language, inputs, forced);
  const resourceConditions = ctx.resourceConditions();
  const from = reuse?.from;
  const touches = (read: Iterable<string>): boolean => {
    for (const c of read) if (reuse!.tainted.has(c)) return true;
    return false;
  };
  const edit = reuse?.edit;
  if (edit && (ctx.expanded || from!.expanded)) return buildCloudFormationParts(file, template, language, inputs, forced);
  const conditional = from && !edit && !touches(resourceConditions) ? from.model.conditional : ctx.conditional.size > 0 ? ctx.conditional : undefined;
  // Parts this builder does not make (defaultSecurityGroups) are the empty lists of emptyModel, shared.
  const model: CloudModel = from ? { ...from.model, aws: { ...from.model.aws } } : emptyModel();
  delete model.conditional;
  delete model.openConditions;
  delete model.notes;
  if (edit) for (const k of Object.keys(model) as (keyof CloudModel)[]) if (k !== 'aws') (model as unknown as Record<string, unknown>)[k] = edit.shift.apply(model[k]);
  if (conditional) model.conditional = conditional;
  const aws = model.aws as unknown as Record<string, unknown>;
  const reads = new Map<keyof AwsModel, PartReads>();
  const open = new Set<string>();
  const rebuilt = new Set<keyof AwsModel>();
  for (const [key, build] of PARTS) {
    const before = from?.reads.get(key);
    if (before && !touches(before.conditions) && (!edit || (!before.all && !before.ids.has(edit.id) && ![...edit.types].some((t) => before.types.has(t))))) {
      reads.set(key, before);
      if (edit) aws[key] = edit.shift.apply(aws[key]);
      for (const c of before.open) open.add(c);
      continue;
    }
    const read: PartReads = { conditions: new Set(), open: [], types: new Set(), ids: new Set(), all: false };
    ctx.recording = read;
    rebuilt.add(key);
    try {
      aws[key] = build(ctx);
    } finally {
      ctx.recording = undefined;
    }
    reads.set(key, read);
    for (const c of read.open) open.add(c);
  }
  if (open.size > 0) model.openConditions = [...open];
  if (ctx.notes.length > 0) model.notes = ctx.notes;
  return { model, reads, resourceConditions, expanded: ctx.expanded, rebuilt };
}
