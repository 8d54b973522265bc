// SPDX-License-Identifier: Apache-2.0
// The resource kinds a custom rule can name, with their attributes: every kind of the resource catalog
// (model/catalog), by its normalized setting names, and a few typed model lists (S3 buckets, KMS keys,
// RDS instances) whose settings are listed here by path. A custom rule only ever reads `Attr`s through
// this table, so what it can see is exactly what the built-in rules see, in both languages.

import { CATALOG } from '../../model/catalog';
import type { AttrType } from '../../model/catalog';
import type { Attr } from '../../model/attr';
import type { CloudModel, TargetKind } from '../../model/model';
import { catalogKind } from '../../model/model';
import type { ModelResource } from '../../model/resource';
import type { CatalogResource } from '../../model/aws/catalog-resource';

export interface KindAttr {
  type: AttrType;
  /** How the setting is written, for messages: `point_in_time_recovery.enabled`, `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`. */
  terraform: string | null;
  cloudformation: string | null;
  /** Whether a set-value fix may write it (a plain value at a known place). */
  fixable: boolean;
}

export interface KindInfo {
  /** `aws.dynamodb.table`, `aws.s3.bucket`. */
  name: string;
  /** A catalog kind (rules target `catalog` + kind) or a typed model list. */
  target: { catalog: string } | { typed: TargetKind };
  terraform: readonly string[];
  cloudformation: readonly string[];
  attrs: ReadonlyMap<string, KindAttr>;
}

interface TypedAttr {
  type: AttrType;
  terraform: string;
  cloudformation: string;
  fixable?: false;
}

/** Typed model lists open to custom rules: their plain settings by path in the model object. */
const TYPED: readonly { name: string; list: TargetKind; terraform: string[]; cloudformation: string[]; attrs: Record<string, TypedAttr> }[] = [
  {
    name: 'aws.s3.bucket',
    list: 's3Buckets',
    terraform: ['aws_s3_bucket'],
    cloudformation: ['AWS::S3::Bucket'],
    attrs: {
      name: { type: 'string', terraform: 'bucket', cloudformation: 'BucketName' },
      acl: { type: 'string', terraform: 'acl', cloudformation: 'AccessControl' },
      'publicAccessBlock.blockPublicAcls': { type: 'bool', terraform: 'block_public_acls', cloudformation: 'PublicAccessBlockConfiguration.BlockPublicAcls' },
      'publicAccessBlock.blockPublicPolicy': { type: 'bool', terraform: 'block_public_policy', cloudformation: 'PublicAccessBlockConfiguration.BlockPublicPolicy' },
      'publicAccessBlock.ignorePublicAcls': { type: 'bool', terraform: 'ignore_public_acls', cloudformation: 'PublicAccessBlockConfiguration.IgnorePublicAcls' },
      'publicAccessBlock.restrictPublicBuckets': { type: 'bool', terraform: 'restrict_public_buckets', cloudformation: 'PublicAccessBlockConfiguration.RestrictPublicBuckets' },
      'encryption.algorithm': { type: 'string', terraform: 'sse_algorithm', cloudformation: 'ServerSideEncryptionByDefault.SSEAlgorithm' },
      'encryption.kmsKeyId': { type: 'string', terraform: 'kms_master_key_id', cloudformation: 'ServerSideEncryptionByDefault.KMSMasterKeyID' },
      // Written as a bool in one place and as a status string in others: no generic fix can write it.
      'versioning.enabled': { type: 'bool', terraform: 'versioning', cloudformation: 'VersioningConfiguration.Status', fixable: false },
      'versioning.mfaDelete': { type: 'bool', terraform: 'mfa_delete', cloudformation: 'VersioningConfiguration.MfaDelete', fixable: false },
      'logging.targetBucket': { type: 'string', terraform: 'target_bucket', cloudformation: 'LoggingConfiguration.DestinationBucketName' },
    },
  },
  {
    name: 'aws.kms.key',
    list: 'kmsKeys',
    terraform: ['aws_kms_key'],
    cloudformation: ['AWS::KMS::Key'],
    attrs: {
      rotationEnabled: { type: 'bool', terraform: 'enable_key_rotation', cloudformation: 'EnableKeyRotation' },
      keySpec: { type: 'string', terraform: 'customer_master_key_spec', cloudformation: 'KeySpec' },
      keyUsage: { type: 'string', terraform: 'key_usage', cloudformation: 'KeyUsage' },
    },
  },
  {
    name: 'aws.rds.instance',
    list: 'rdsInstances',
    terraform: ['aws_db_instance'],
    cloudformation: ['AWS::RDS::DBInstance'],
    attrs: {
      storageEncrypted: { type: 'bool', terraform: 'storage_encrypted', cloudformation: 'StorageEncrypted' },
      publiclyAccessible: { type: 'bool', terraform: 'publicly_accessible', cloudformation: 'PubliclyAccessible' },
      engine: { type: 'string', terraform: 'engine', cloudformation: 'Engine' },
      autoMinorVersionUpgrade: { type: 'bool', terraform: 'auto_minor_version_upgrade', cloudformation: 'AutoMinorVersionUpgrade' },
      multiAz: { type: 'bool', terraform: 'multi_az', cloudformation: 'MultiAZ' },
      backupRetentionPeriod: { type: 'number', terraform: 'backup_retention_period', cloudformation: 'BackupRetentionPeriod' },
      deletionProtection: { type: 'bool', terraform: 'deletion_protection', cloudformation: 'DeletionProtection' },
    },
  },
];

let table: Map<string, KindInfo> | undefined;

/** Every kind a custom rule can name, by name. */
export function customRuleKinds(): ReadonlyMap<string, KindInfo> {
  if (table) return table;
  table = new Map();
  for (const k of CATALOG) {
    const attrs = new Map<string, KindAttr>();
    for (const [name, a] of Object.entries(k.attrs)) {
      attrs.set(name, {
        type: a.type,
        terraform: a.terraform?.join('.') ?? null,
        cloudformation: a.cloudformation ? [...a.cloudformation, ...(a.cloudformationKey ? [a.cloudformationKey] : [])].join('.') : null,
        // A `{Key, Value}` entry that is absent has no location of its own; read-only values are joins.
        fixable: !a.readOnly && !a.cloudformationKey,
      });
    }
    table.set(k.kind, { name: k.kind, target: { catalog: k.kind }, terraform: k.terraform, cloudformation: k.cloudformation ?? [], attrs });
  }
  for (const t of TYPED) {
    const attrs = new Map<string, KindAttr>();
    for (const [name, a] of Object.entries(t.attrs)) attrs.set(name, { type: a.type, terraform: a.terraform, cloudformation: a.cloudformation, fixable: a.fixable ?? true });
    table.set(t.name, { name: t.name, target: { typed: t.list }, terraform: t.terraform, cloudformation: t.cloudformation, attrs });
  }
  return table;
}

/** The resources of a kind in a model. */
export function resourcesOf(model: CloudModel, kind: KindInfo): readonly ModelResource[] {
  return 'catalog' in kind.target ? catalogKind(model, kind.target.catalog) : (model.aws[kind.target.typed] as readonly ModelResource[]);
}

function isAttr(x: unknown): x is Attr<unknown> {
  return typeof x === 'object' && x !== null && 'present' in x && 'ref' in x && 'location' in x;
}

/** A resource's attribute by its name in the table (undefined when the adapter did not set it). */
export function attrOf(resource: ModelResource, kind: KindInfo, name: string): Attr<unknown> | undefined {
  if ('catalog' in kind.target) return (resource as CatalogResource).attrs[name];
  let at: unknown = resource;
  for (const part of name.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return isAttr(at) ? at : undefined;
}

/** The nearest names to a misspelt one (for "did you mean"), by edit distance. */
export function nearest(name: string, names: Iterable<string>, max = 3): string[] {
  const scored: [string, number][] = [];
  const lower = name.toLowerCase();
  for (const n of names) {
    const d = distance(lower, n.toLowerCase());
    if (d <= Math.max(2, Math.floor(n.length / 3)) || n.toLowerCase().includes(lower)) scored.push([n, d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map((s) => s[0]);
}

function distance(a: string, b: string): number {
  // Names are short (a kind or attribute name, capped by the schema): the quadratic table is small.
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}
