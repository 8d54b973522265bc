// SPDX-License-Identifier: Apache-2.0
// AWS::S3::Bucket, with its AWS::S3::BucketPolicy joined in. Unlike Terraform, every bucket setting is a
// property of the bucket itself; only the policy is a separate resource.

import { Unknown } from '../../../core/value';
import { toPlain } from '../../../parsers/cfn';
import type { CfnResource } from '../../../parsers/cfn';
import { absentAttr } from '../../attr';
import type { Attr } from '../../attr';
import type { S3Bucket, S3BucketPolicy, S3Encryption, S3PublicAccessBlock } from '../../aws/s3';
import type { CloudFormationNewResourceTarget } from '../../edit-target';
import { policyDocumentAttr } from './policy';
import { asBool, asString, ResourceReader } from './read';
import type { CfnContext } from './read';
import { refTarget } from './refs';

const PAB = 'PublicAccessBlockConfiguration';
/** Numeric segment: the first item of the list, created as a one-element list when missing. */
const SSE_DEFAULT = ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0', 'ServerSideEncryptionByDefault'];

export function s3Buckets(ctx: CfnContext): S3Bucket[] {
  const policies = policyIndex(ctx.ofType('AWS::S3::BucketPolicy').map((r) => new ResourceReader(ctx, r)));
  return ctx.ofType('AWS::S3::Bucket').map((r) => bucket(ctx, new ResourceReader(ctx, r), policies));
}

function bucket(ctx: CfnContext, b: ResourceReader, policies: PolicyIndex): S3Bucket {
  const name = b.attr(['BucketName'], asString);
  return {
    ...b.base(),
    name,
    acl: b.attr(['AccessControl'], asString),
    // CloudFormation buckets take canned ACLs only (no grant list).
    grants: { items: [], unknown: null },
    publicAccessBlock: publicAccessBlock(b),
    encryption: encryption(b),
    policy: bucketPolicy(b, policies),
    newPolicyTarget: newPolicyTarget(ctx, b.resource),
    versioning: {
      enabled: b.attr(['VersioningConfiguration', 'Status'], (v, at) => {
        const s = asString(v, at);
        return s instanceof Unknown ? s : s === 'Enabled';
      }),
      // CloudFormation cannot turn on MFA delete (only the root user can, through the API): no location.
      mfaDelete: absentAttr<boolean>(b.ref, null, false),
    },
    logging: { targetBucket: loggingTarget(b, name) },
  };
}

function publicAccessBlock(b: ResourceReader): S3PublicAccessBlock {
  const flag = (name: string): Attr<boolean> => b.attr([PAB, name], asBool, { fallback: false });
  const keyRef = b.keyRef([PAB]);
  return {
    exists: keyRef !== null,
    ref: keyRef ?? b.ref,
    blockPublicAcls: flag('BlockPublicAcls'),
    blockPublicPolicy: flag('BlockPublicPolicy'),
    ignorePublicAcls: flag('IgnorePublicAcls'),
    restrictPublicBuckets: flag('RestrictPublicBuckets'),
  };
}

function encryption(b: ResourceReader): S3Encryption {
  const keyRef = b.keyRef(['BucketEncryption']);
  return {
    exists: keyRef !== null,
    ref: keyRef ?? b.ref,
    algorithm: b.attr([...SSE_DEFAULT, 'SSEAlgorithm'], asString),
    kmsKeyId: b.attr([...SSE_DEFAULT, 'KMSMasterKeyID'], asString),
  };
}

/**
 * `LoggingConfiguration` without `DestinationBucketName` logs into the bucket itself (CloudFormation's
 * documented default), so the target is then the bucket's own name: absent, but with that value.
 */
function loggingTarget(b: ResourceReader, name: Attr<string>): Attr<string> {
  const target = b.attr(['LoggingConfiguration', 'DestinationBucketName'], asString);
  if (target.present || b.keyRef(['LoggingConfiguration']) === null) return target;
  const own: string | Unknown =
    typeof name.value === 'string' || name.value instanceof Unknown
      ? name.value
      : new Unknown('reference', b.ref.span, `the generated name of bucket ${b.logicalId}`);
  return { ...target, value: own };
}

/**
 * The bucket policy whose `Bucket` is `!Ref <bucket>`, or the same name as the bucket's `BucketName`: the
 * same literal, or the same expression (`!Sub '${AppName}-logs-${AWS::AccountId}'` in both places).
 */
function bucketPolicy(b: ResourceReader, policies: PolicyIndex): S3BucketPolicy | null {
  const nameNode = b.node(['BucketName']);
  const name = nameNode ? JSON.stringify(toPlain(nameNode)) : undefined;
  const byRef = policies.byRef.get(b.logicalId);
  const byName = name === undefined ? undefined : policies.byName.get(name);
  const first = byRef === undefined ? byName : byName === undefined ? byRef : Math.min(byRef, byName);
  const p = first === undefined ? undefined : policies.list[first]!;
  if (!p) return null;
  return { ref: p.ref, document: policyDocumentAttr(p, ['PolicyDocument']) };
}

/** Bucket policies by the bucket they `!Ref` and by their `Bucket` written out: one lookup per bucket. */
interface PolicyIndex {
  list: ResourceReader[];
  byRef: Map<string, number>;
  byName: Map<string, number>;
}

function policyIndex(list: ResourceReader[]): PolicyIndex {
  const index: PolicyIndex = { list, byRef: new Map(), byName: new Map() };
  list.forEach((p, i) => {
    const node = p.node(['Bucket']);
    if (!node) return;
    const ref = refTarget(node);
    if (typeof ref === 'string' && !index.byRef.has(ref)) index.byRef.set(ref, i);
    const json = JSON.stringify(toPlain(node)) as string | undefined;
    if (json !== undefined && !index.byName.has(json)) index.byName.set(json, i);
  });
  return index;
}

function newPolicyTarget(ctx: CfnContext, bucket: CfnResource): CloudFormationNewResourceTarget {
  return {
    platform: 'cloudformation',
    kind: 'new-resource',
    file: ctx.file,
    after: bucket,
    logicalId: ctx.freeLogicalId(`${bucket.logicalId}Policy`),
    resourceType: 'AWS::S3::BucketPolicy',
    preamble: [['Bucket', { kind: 'reference', terraform: '', cloudformation: { ref: bucket.logicalId } }]],
  };
}
