// SPDX-License-Identifier: Apache-2.0
// Resources whose settings are plain attributes of one block: CloudTrail trails, KMS keys, RDS instances,
// EBS volumes, and instance metadata options of EC2 instances and launch templates.

import type { CloudTrail } from '../../../aws/cloudtrail';
import type { EbsVolume, InstanceLike } from '../../../aws/ec2';
import type { KmsKey } from '../../../aws/kms';
import type { RdsInstance } from '../../../aws/rds';
import type { ModelResource } from '../../../resource';
import type { TfModule, TfResource } from '../module';
import type { Convert } from '../values';
import { asBool, asString, blockTarget, headerRef, readAttr } from '../values';

function base(r: TfResource): ModelResource & { read: <T>(path: string[], convert: Convert<T>, fallback?: T) => ReturnType<typeof readAttr<T>> } {
  const ref = headerRef(r.file, r.block);
  const target = blockTarget(r.file, r.block);
  return {
    platform: 'terraform',
    address: r.address,
    sourceType: r.type,
    ref,
    target,
    read: <T>(path: string[], convert: Convert<T>, fallback?: T) =>
      readAttr(r.file, r.block, path, convert, fallback === undefined ? { target, absentRef: ref } : { target, absentRef: ref, fallback }),
  };
}

function strip<T extends { read: unknown }>(x: T): Omit<T, 'read'> {
  const { read: _read, ...rest } = x;
  return rest;
}

export function cloudTrails(mod: TfModule): CloudTrail[] {
  return mod.ofType('aws_cloudtrail').map((r) => {
    const b = base(r);
    return {
      ...strip(b),
      isMultiRegion: b.read(['is_multi_region_trail'], asBool, false),
      logFileValidation: b.read(['enable_log_file_validation'], asBool, false),
      kmsKeyId: b.read(['kms_key_id'], asString),
      s3BucketName: b.read(['s3_bucket_name'], asString),
      cloudWatchLogsGroupArn: b.read(['cloud_watch_logs_group_arn'], asString),
    };
  });
}

export function kmsKeys(mod: TfModule): KmsKey[] {
  return mod.ofType('aws_kms_key').map((r) => {
    const b = base(r);
    return {
      ...strip(b),
      rotationEnabled: b.read(['enable_key_rotation'], asBool, false),
      // `customer_master_key_spec` is the attribute's name in the AWS provider.
      keySpec: b.read(['customer_master_key_spec'], asString, 'SYMMETRIC_DEFAULT'),
      keyUsage: b.read(['key_usage'], asString, 'ENCRYPT_DECRYPT'),
    };
  });
}

export function rdsInstances(mod: TfModule): RdsInstance[] {
  return mod.ofType('aws_db_instance').map((r) => {
    const b = base(r);
    return {
      ...strip(b),
      storageEncrypted: b.read(['storage_encrypted'], asBool, false),
      publiclyAccessible: b.read(['publicly_accessible'], asBool, false),
      clusterIdentifier: b.read(['cluster_identifier'], asString),
      engine: b.read(['engine'], asString),
    };
  });
}

export function ebsVolumes(mod: TfModule): EbsVolume[] {
  return mod.ofType('aws_ebs_volume').map((r) => {
    const b = base(r);
    return { ...strip(b), encrypted: b.read(['encrypted'], asBool, false), kmsKeyId: b.read(['kms_key_id'], asString) };
  });
}

export function instances(mod: TfModule): InstanceLike[] {
  const out: InstanceLike[] = [];
  for (const type of ['aws_instance', 'aws_launch_template']) {
    for (const r of mod.ofType(type)) {
      const b = base(r);
      // Without metadata_options, instances default to IMDSv1 allowed ("optional").
      out.push({
        ...strip(b),
        httpTokens: b.read(['metadata_options', 'http_tokens'], asString, 'optional'),
        httpEndpoint: b.read(['metadata_options', 'http_endpoint'], asString, 'enabled'),
      });
    }
  }
  return out;
}
