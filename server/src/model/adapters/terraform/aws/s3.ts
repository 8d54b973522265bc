// SPDX-License-Identifier: Apache-2.0
// aws_s3_bucket and its split-out settings resources (provider v4+), joined to the bucket by reference
// (`bucket = aws_s3_bucket.logs.id` / `.bucket`) or by the bucket's literal name. The legacy inline blocks
// (provider v3: `server_side_encryption_configuration`, `versioning`, `logging`, `policy`, `acl`) are read
// too, so both styles of configuration are judged the same.

import { Unknown } from '../../../../core/value';
import type { Block } from '../../../../parsers/hcl/ast';
import type { Attr } from '../../../attr';
import { absentAttr, presentAttr } from '../../../attr';
import type { PolicyDocument } from '../../../aws/iam';
import type { S3Bucket, S3BucketPolicy, S3Encryption, S3Grant, S3Grants, S3PublicAccessBlock } from '../../../aws/s3';
import type { EditTarget, FixValue } from '../../../edit-target';
import type { SourceRef } from '../../../source';
import { nodeRef } from '../../../source';
import type { TfFile, TfModule, TfResource } from '../module';
import { policyDocumentAttr } from './iam';
import { asBool, asString, blockTarget, findAttribute, findCompanion, headerRef, headerSpan, nestedBlock, nestedBlocks, readAttr } from '../values';
import type { Convert } from '../values';
import { perElement } from '../reads';

const BUCKET_REF_ATTRS = ['id', 'bucket'];

export function s3Buckets(mod: TfModule): S3Bucket[] {
  return mod.ofType('aws_s3_bucket').map((b) => perElement('bucket', b, () => bucket(mod, b)));
}

/** The split-out settings resources joined to a bucket (for joins across module calls, see service/module-joins.ts). */
export const S3_COMPANION_TYPES: ReadonlySet<string> = new Set([
  'aws_s3_bucket_acl',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_logging',
]);

function bucketReference(b: TfResource): FixValue {
  return { kind: 'reference', terraform: `aws_s3_bucket.${b.name}.id`, cloudformation: { ref: b.name } };
}

function newCompanion(b: TfResource, resourceType: string): EditTarget {
  return {
    platform: 'terraform',
    kind: 'new-resource',
    file: b.file.path,
    after: b.block,
    resourceType,
    name: b.name,
    preamble: [['bucket', bucketReference(b)]],
  };
}

/** The first companion of `type` whose `bucket` points at this bucket. */
function companion(mod: TfModule, b: TfResource, type: string, bucketName: string | undefined): TfResource | undefined {
  return findCompanion(mod, type, 'bucket', b, BUCKET_REF_ATTRS, bucketName);
}

/**
 * Why the settings of a bucket's companion cannot be known here: the companion is made by a called module
 * instance that exists only for some inputs, or none is found but a call whose module is not on disk is
 * given a reference to the bucket and may make one (service/module-joins.ts).
 */
function undecided(mod: TfModule, b: TfResource, c: TfResource | undefined, type: string): Unknown | undefined {
  if (c) return c.calledBy !== undefined && c.maybe ? c.maybe.rephrase(`${c.maybe.detail} (whether ${c.calledBy}, which makes ${c.address.slice(c.calledBy.length + 1)}, is created)`) : undefined;
  return mod.opaqueCallFor(b.baseAddress, type)?.unknown;
}

/** The attribute, unknown for `u` when set. */
function guard<T>(attr: Attr<T>, u: Unknown | undefined): Attr<T> {
  return u ? { ...attr, value: u, raw: u } : attr;
}

function bucket(mod: TfModule, b: TfResource): S3Bucket {
  const header = headerRef(b.file, b.block);
  const self = blockTarget(b.file, b.block);
  const name = readAttr(b.file, b.block, ['bucket'], asString, { target: self, absentRef: header });
  const bucketName = name.value instanceof Unknown ? undefined : name.value;

  const aclCompanion = companion(mod, b, 'aws_s3_bucket_acl', bucketName);
  const acl = aclCompanion
    ? readAttr(aclCompanion.file, aclCompanion.block, ['acl'], asString, {
        target: blockTarget(aclCompanion.file, aclCompanion.block),
        absentRef: headerRef(aclCompanion.file, aclCompanion.block),
      })
    : readAttr(b.file, b.block, ['acl'], asString, { target: self, absentRef: header });

  return {
    platform: 'terraform',
    address: b.address,
    sourceType: 'aws_s3_bucket',
    ref: header,
    target: self,
    name,
    acl,
    grants: aclCompanion ? aclGrants(aclCompanion) : grants(b.file, b.block, ['type'], ['uri'], ['permissions']),
    publicAccessBlock: publicAccessBlock(mod, b, header, bucketName),
    encryption: encryption(mod, b, header, bucketName),
    policy: policy(mod, b, bucketName),
    newPolicyTarget: newCompanion(b, 'aws_s3_bucket_policy'),
    versioning: versioning(mod, b, header, bucketName),
    logging: logging(mod, b, header, bucketName),
  };
}

/** The grants of an `aws_s3_bucket_acl`'s `access_control_policy` (itself possibly a dynamic block). */
function aclGrants(acl: TfResource): S3Grants {
  const policy = nestedBlock(acl.block, 'access_control_policy');
  const dynamic = policy ? undefined : nestedBlocks(acl.block, 'dynamic').find((d) => d.labels[0]?.value === 'access_control_policy');
  if (dynamic) return { items: [], unknown: new Unknown('expression', headerSpan(dynamic), 'the dynamic "access_control_policy" block', { kind: 'dynamic', block: 'access_control_policy' }) };
  return grants(acl.file, policy, ['grantee', 'type'], ['grantee', 'uri'], ['permission']);
}

/**
 * The `grant` blocks of `parent` (an `access_control_policy`, or a legacy bucket), with the paths of the
 * grantee type, URI and permission(s) inside a grant. A `dynamic "grant"` block left unexpanded (unknown
 * for_each) makes the grants unknown.
 */
function grants(file: TfFile, parent: Block | null, typePath: string[], uriPath: string[], permissionPath: string[]): S3Grants {
  const items: S3Grant[] = nestedBlocks(parent, 'grant').map((g) => {
    const opts = { target: blockTarget(file, g), absentRef: headerRef(file, g) };
    return {
      ref: headerRef(file, g),
      granteeType: readAttr(file, g, typePath, asString, opts),
      uri: readAttr(file, g, uriPath, asString, opts),
      permissions: readAttr<unknown>(file, g, permissionPath, (v) => v, opts),
    };
  });
  const dynamic = nestedBlocks(parent, 'dynamic').find((d) => d.labels[0]?.value === 'grant');
  const unknown = dynamic ? new Unknown('expression', headerSpan(dynamic), 'the dynamic "grant" blocks', { kind: 'dynamic', block: 'grant' }) : null;
  return { items, unknown };
}

function publicAccessBlock(mod: TfModule, b: TfResource, header: SourceRef, bucketName: string | undefined): S3PublicAccessBlock {
  const pab = companion(mod, b, 'aws_s3_bucket_public_access_block', bucketName);
  const file = pab?.file ?? b.file;
  const block = pab?.block ?? null;
  const target = pab ? blockTarget(pab.file, pab.block) : newCompanion(b, 'aws_s3_bucket_public_access_block');
  const absentRef = pab ? headerRef(pab.file, pab.block) : header;
  // The provider's default for every setting is false: an absent setting does not block anything.
  const u = undecided(mod, b, pab, 'aws_s3_bucket_public_access_block');
  const flag = (attr: string): Attr<boolean> => guard(readAttr(file, block, [attr], asBool, { target, absentRef, fallback: false }), u);
  return {
    exists: !!pab,
    ref: absentRef,
    blockPublicAcls: flag('block_public_acls'),
    blockPublicPolicy: flag('block_public_policy'),
    ignorePublicAcls: flag('ignore_public_acls'),
    restrictPublicBuckets: flag('restrict_public_buckets'),
  };
}

const SSE_PATH = ['rule', 'apply_server_side_encryption_by_default'];

function encryption(mod: TfModule, b: TfResource, header: SourceRef, bucketName: string | undefined): S3Encryption {
  const inline = nestedBlock(b.block, 'server_side_encryption_configuration');
  if (inline) {
    // Provider v3 style: nested in the bucket.
    const target = blockTarget(b.file, b.block);
    const absentRef = headerRef(b.file, inline);
    const path = ['server_side_encryption_configuration', ...SSE_PATH];
    return {
      exists: true,
      ref: absentRef,
      algorithm: readAttr(b.file, b.block, [...path, 'sse_algorithm'], asString, { target, absentRef }),
      kmsKeyId: readAttr(b.file, b.block, [...path, 'kms_master_key_id'], asString, { target, absentRef }),
    };
  }
  const c = companion(mod, b, 'aws_s3_bucket_server_side_encryption_configuration', bucketName);
  const target = c ? blockTarget(c.file, c.block) : newCompanion(b, 'aws_s3_bucket_server_side_encryption_configuration');
  const absentRef = c ? headerRef(c.file, c.block) : header;
  const block: Block | null = c?.block ?? null;
  const file = c?.file ?? b.file;
  const u = undecided(mod, b, c, 'aws_s3_bucket_server_side_encryption_configuration');
  return {
    exists: !!c || !!u,
    ref: absentRef,
    algorithm: guard(readAttr(file, block, [...SSE_PATH, 'sse_algorithm'], asString, { target, absentRef }), u),
    kmsKeyId: guard(readAttr(file, block, [...SSE_PATH, 'kms_master_key_id'], asString, { target, absentRef }), u),
  };
}

function policy(mod: TfModule, b: TfResource, bucketName: string | undefined): S3BucketPolicy | null {
  const inline = findAttribute(b.block, 'policy');
  if (inline) {
    const target = blockTarget(b.file, b.block);
    return { ref: nodeRef(b.file.path, inline), document: policyDocumentAttr(mod, b.file, b.block, 'policy', target) };
  }
  const c = companion(mod, b, 'aws_s3_bucket_policy', bucketName);
  const u = undecided(mod, b, c, 'aws_s3_bucket_policy');
  if (u) return { ref: c ? headerRef(c.file, c.block) : headerRef(b.file, b.block), document: presentAttr<PolicyDocument>(u, c ? headerRef(c.file, c.block) : headerRef(b.file, b.block), u, null) };
  if (!c) return null;
  const document: Attr<PolicyDocument> = findAttribute(c.block, 'policy')
    ? policyDocumentAttr(mod, c.file, c.block, 'policy', blockTarget(c.file, c.block))
    : absentAttr<PolicyDocument>(headerRef(c.file, c.block), null);
  return { ref: headerRef(c.file, c.block), document };
}

function versioning(mod: TfModule, b: TfResource, header: SourceRef, bucketName: string | undefined): S3Bucket['versioning'] {
  const inline = nestedBlock(b.block, 'versioning');
  if (inline) {
    const target = blockTarget(b.file, b.block);
    return {
      enabled: readAttr(b.file, b.block, ['versioning', 'enabled'], asBool, { target, absentRef: headerRef(b.file, inline), fallback: false }),
      mfaDelete: readAttr(b.file, b.block, ['versioning', 'mfa_delete'], asBool, { target, absentRef: headerRef(b.file, inline), fallback: false }),
    };
  }
  const c = companion(mod, b, 'aws_s3_bucket_versioning', bucketName);
  const target = c ? blockTarget(c.file, c.block) : newCompanion(b, 'aws_s3_bucket_versioning');
  const absentRef = c ? headerRef(c.file, c.block) : header;
  const u = undecided(mod, b, c, 'aws_s3_bucket_versioning');
  return {
    enabled: guard(readAttr(c?.file ?? b.file, c?.block ?? null, ['versioning_configuration', 'status'], enabledStatus, { target, absentRef, fallback: false }), u),
    mfaDelete: guard(readAttr(c?.file ?? b.file, c?.block ?? null, ['versioning_configuration', 'mfa_delete'], enabledStatus, { target, absentRef, fallback: false }), u),
  };
}

/** `Enabled` is on; `Suspended`/`Disabled` are off. */
const enabledStatus: Convert<boolean> = (v, at) =>
  v instanceof Unknown ? v : v === 'Enabled' ? true : v === 'Suspended' || v === 'Disabled' ? false : new Unknown('type-error', at.span, `unexpected status ${JSON.stringify(v)}`);

function logging(mod: TfModule, b: TfResource, header: SourceRef, bucketName: string | undefined): S3Bucket['logging'] {
  const inline = nestedBlock(b.block, 'logging');
  if (inline) {
    return {
      targetBucket: readAttr(b.file, b.block, ['logging', 'target_bucket'], asString, { target: blockTarget(b.file, b.block), absentRef: headerRef(b.file, inline) }),
    };
  }
  const c = companion(mod, b, 'aws_s3_bucket_logging', bucketName);
  const target = c ? blockTarget(c.file, c.block) : newCompanion(b, 'aws_s3_bucket_logging');
  return {
    targetBucket: guard(readAttr(c?.file ?? b.file, c?.block ?? null, ['target_bucket'], asString, { target, absentRef: c ? headerRef(c.file, c.block) : header }), undecided(mod, b, c, 'aws_s3_bucket_logging')),
  };
}

