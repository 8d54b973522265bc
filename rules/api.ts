// SPDX-License-Identifier: Apache-2.0
// The one module rule files import from the analysis core (ESLint forbids `rules/**` any other import of
// `server/src/**`, see eslint.config.mjs). It re-exports the rule vocabulary (definitions, model types,
// values, fix values) and adds the builders that hide which language a resource is written in, so a rule
// reads as policy: placeholder names from one stem, the written name of a setting for messages, companion
// resources, "module" or "template", and whether a value refers to a resource.

import { Unknown } from '../server/src/core/value';
import type { EditTarget, FixValue } from '../server/src/model/edit-target';
import type { FixOp } from '../server/src/engine/rule-api';
import type { Platform } from '../server/src/model/source';
import type { CloudModel } from '../server/src/model/model';
import { catalogKind } from '../server/src/model/model';
import type { CatalogResourceOf } from '../server/src/model/aws/catalog-resource';
import type { CatalogKindName } from '../server/src/model/catalog';
import { CATALOG } from '../server/src/model/catalog';

export { defineCatalogRule, defineModuleRule, defineRule, setFix } from '../server/src/engine/rule-api';
export type { CatalogRule, CheckContext, FixOp, FixSafety, ModuleContext, ModuleRule, PlannedFix, ReportOptions, Rule, RuleMeta, Severity, TypedRule } from '../server/src/engine/rule-api';
export { isObjectValue } from '../server/src/core/value';
export { Unknown };
export type { UnknownRef, Value, ValueObject } from '../server/src/core/value';
export { isKnown, unknownOf } from '../server/src/model/attr';
export type { Attr } from '../server/src/model/attr';
export { lit, list, obj } from '../server/src/model/edit-target';
export type { AttrLocation, EditTarget, FixValue } from '../server/src/model/edit-target';
export type { AwsModel, CloudModel, NetworkAclEntry, TargetKind } from '../server/src/model/model';
export type { ModelResource } from '../server/src/model/resource';
export type { Platform, SourceRef } from '../server/src/model/source';
export type { CatalogItem, CatalogItems, CatalogResource, CatalogResourceOf } from '../server/src/model/aws/catalog-resource';
export type { CatalogKindName } from '../server/src/model/catalog';
export type { CloudTrail } from '../server/src/model/aws/cloudtrail';
export type { SecurityGroupRule } from '../server/src/model/aws/ec2';
export type { PolicyStatement } from '../server/src/model/aws/iam';
export type { LogGroup, MetricAlarm, MetricFilter, ResourceLink, SnsTopic } from '../server/src/model/aws/monitoring';
export type { RdsInstance } from '../server/src/model/aws/rds';
export type { ResourcePolicy } from '../server/src/model/aws/resource-policy';
export type { CredentialSetting, CredentialSettingKind } from '../server/src/model/aws/credentials';
export type { S3Bucket } from '../server/src/model/aws/s3';
export type { GcpAuditConfig, GcpAuditLogConfig, GcpIamBinding, GcpIamMember, GcpIamPolicy, GcpIamScopeKind } from '../server/src/model/gcp/iam';
export { GCP_AUDIT_CONFIG_TYPES, gcpIamTypes, memberType, PUBLIC_MEMBERS } from '../server/src/model/gcp/iam';
export { matchesEvent, parseFilterPattern, selectorsOf } from '../server/src/model/filter-pattern';
export type { EventValue } from '../server/src/model/filter-pattern';
export { matchesLogEntry, parseLoggingQuery } from '../server/src/model/logging-query';
export type { LogEntry, QueryNode } from '../server/src/model/logging-query';
export { awsResources, modelResources } from '../server/src/engine/runner';
export { memoOn } from '../server/src/engine/model-memo';
export type { CisFrameworkKey, FrameworkKey } from '../server/src/engine/frameworks';
export { byConcept, CONCEPTS } from './concepts';
export type { ConceptId, ConceptOptions, ControlConcept } from './concepts';

/** The resources of catalog kind `kind` in the model, typed from the kind's declaration. */
export function catalogOf<K extends CatalogKindName>(model: CloudModel, kind: K): readonly CatalogResourceOf<K>[] {
  // The adapters build each kind's resources from its declaration (model/catalog), so the cast holds.
  return catalogKind(model, kind) as unknown as readonly CatalogResourceOf<K>[];
}

/** Anything that knows its language: a model resource, a module context, an edit target. */
export interface InLanguage {
  readonly platform: Platform;
}

/** The Terraform or the CloudFormation spelling of the same thing, for `on`'s language. */
export function spelled<T>(on: InLanguage, terraform: T, cloudformation: T): T {
  return on.platform === 'terraform' ? terraform : cloudformation;
}

/** The written name of a setting, for messages: `storage_encrypted` or `StorageEncrypted`. */
export function written(on: InLanguage, terraform: string, cloudformation: string): string {
  return spelled(on, terraform, cloudformation);
}

/**
 * A resource's own name, to name its companions after it: the Terraform label (`logs` of
 * `aws_s3_bucket.logs`), the CloudFormation logical id.
 */
export function localName(resource: { readonly address: string }): string {
  const dot = resource.address.lastIndexOf('.');
  return dot < 0 ? resource.address : resource.address.slice(dot + 1);
}

/** What one analysis unit is called in `on`'s language: a Terraform "module", a CloudFormation "template". */
export function unitWord(on: InLanguage): 'module' | 'template' {
  return spelled(on, 'module', 'template');
}

/** Words whose CloudFormation (PascalCase) form is not just the word capitalized. */
const PASCAL_WORDS: Record<string, string> = { cloudfront: 'CloudFront', cloudtrail: 'CloudTrail', dynamodb: 'DynamoDb', opensearch: 'OpenSearch' };

/** The name a placeholder stem takes: itself in Terraform (`flow_log_bucket_arn`), PascalCase in CloudFormation (`FlowLogBucketArn`). */
export function placeholderName(on: InLanguage, stem: string): string {
  if (on.platform === 'terraform') return stem;
  return stem
    .split('_')
    .map((w) => PASCAL_WORDS[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A value only the user knows (a KMS key ARN, a log bucket): a new variable (Terraform) or parameter
 * (CloudFormation) named from `stem` (snake_case), which the editor selects for the user to fill in.
 * Fixes that write one are unsafe.
 */
export function placeholder(on: InLanguage, stem: string, description: string): FixValue {
  return { kind: 'placeholder', name: placeholderName(on, stem), description };
}

/** A companion resource's settings per language (paths relative to the new resource). */
export interface CompanionValues {
  terraform: [string[], FixValue][];
  cloudformation: [string[], FixValue][];
}

/**
 * The op that creates a companion resource (a flow log for a VPC, a public access block for a bucket) at
 * `target` (a `new-resource` target the adapter attached to the model), with the settings of its language.
 */
export function createCompanion(target: EditTarget, values: CompanionValues): FixOp {
  return { op: 'create', target, values: spelled(target, values.terraform, values.cloudformation) };
}

/**
 * Whether an unknown value refers to `resource` of the same configuration (`aws_kms_key.k.arn`,
 * `!GetAtt Key.Arn`, `!Ref Key`), optionally to one of its attributes (compared case-insensitively, since
 * Terraform writes `arn` and CloudFormation `Arn`). Instance-aware: references name the block
 * (`azurerm_key_vault.kv`) while the model holds instances (`azurerm_key_vault.kv[0]`); a reference that
 * writes a key (`kv[0].id`, `kv[count.index].id` evaluated per instance) names that instance only, one
 * that does not (`each.value.id` over the same block) stands for every instance.
 */
export function refersTo(value: unknown, resource: { readonly address: string }, attribute?: string): boolean {
  if (!(value instanceof Unknown) || value.ref.kind !== 'resource') return false;
  if (attribute !== undefined && value.ref.attribute?.toLowerCase() !== attribute.toLowerCase()) return false;
  const { base, key } = splitAddress(resource.address);
  if (value.ref.address !== base) return false;
  if (key === undefined) return true;
  if (value.ref.key !== undefined) return value.ref.key === key;
  if (!value.detail.startsWith(`${base}[`)) return true;
  return value.detail.startsWith(`${base}${key}`);
}

/** The last split addresses: joins test one resource against many values, so its split is reused. */
const splits = new Map<string, { base: string; key: string | undefined }>();

/**
 * A resource address without its instance key, and the key as written (`aws_x.a["k"]` → `aws_x.a`,
 * `["k"]`). Memoized (bounded): a join calls it once per resource and candidate.
 */
export function splitAddress(address: string): { base: string; key: string | undefined } {
  let s = splits.get(address);
  if (s) return s;
  const keyed = /^(.*?)(\[[^\]]*\])$/.exec(address);
  s = keyed ? { base: keyed[1]!, key: keyed[2]! } : { base: address, key: undefined };
  if (splits.size >= 10_000) splits.clear();
  splits.set(address, s);
  return s;
}

/**
 * Every resource type of a catalog kind, per language, for a rule that judges the whole kind
 * (`meta.resourceTypes: typesOfKind('azure.monitor.loggable-resource')`): the catalog stays the one list.
 */
export function typesOfKind(kind: CatalogKindName): Partial<Record<Platform, string[]>> {
  const decl = CATALOG.find((k) => k.kind === kind);
  if (!decl) throw new Error(`no catalog kind ${kind}`);
  return decl.cloudformation && decl.cloudformation.length > 0 ? { terraform: [...decl.terraform], cloudformation: [...decl.cloudformation] } : { terraform: [...decl.terraform] };
}
