// SPDX-License-Identifier: Apache-2.0
// Resources whose settings are plain attributes of one block: CloudTrail trails, KMS keys, RDS instances,
// EBS volumes, and instance metadata options of EC2 instances and launch templates.

import { Unknown } from '../../../../core/value';
import type { Value } from '../../../../core/value';
import type { Block } from '../../../../parsers/hcl/ast';
import { advancedS3Selector, basicS3Selector } from '../../../aws/cloudtrail';
import type { CloudTrail, TrailS3DataSelector } from '../../../aws/cloudtrail';
import type { EbsVolume, InstanceLike } from '../../../aws/ec2';
import type { KmsKey } from '../../../aws/kms';
import type { RdsInstance } from '../../../aws/rds';
import type { ModelResource } from '../../../resource';
import type { TfModule, TfResource } from '../module';
import type { Convert } from '../values';
import { perElement } from '../reads';
import { asBool, asNumber, asString, blockTarget, evalExpr, findAttribute, headerRef, headerSpan, nestedBlocks, readAttr } from '../values';

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
  return mod.ofType('aws_cloudtrail').map((r) =>
    perElement('CloudTrail', r, (): CloudTrail => {
      const b = base(r);
      return {
        ...strip(b),
        isMultiRegion: b.read(['is_multi_region_trail'], asBool, false),
        logFileValidation: b.read(['enable_log_file_validation'], asBool, false),
        kmsKeyId: b.read(['kms_key_id'], asString),
        s3BucketName: b.read(['s3_bucket_name'], asString),
        cloudWatchLogsGroupArn: b.read(['cloud_watch_logs_group_arn'], asString),
        ...trailSelectors(r),
      };
    }),
  );
}

/** Event selectors of a trail: `event_selector` / `advanced_event_selector` blocks (and `dynamic` ones). */
function trailSelectors(r: TfResource): Pick<CloudTrail, 'eventSelectorCount' | 'hasAdvancedSelectors' | 's3DataSelectors'> {
  const value = (block: Block, name: string): Value | undefined => {
    const a = findAttribute(block, name);
    return a ? evalExpr(r.file, a.expr) : undefined;
  };
  const basic = nestedBlocks(r.block, 'event_selector');
  const advanced = nestedBlocks(r.block, 'advanced_event_selector');
  const dynamic = nestedBlocks(r.block, 'dynamic').filter((d) => d.labels[0]?.value === 'event_selector' || d.labels[0]?.value === 'advanced_event_selector');
  const s3DataSelectors: TrailS3DataSelector[] = [];
  for (const es of basic) {
    const types = nestedBlocks(es, 'data_resource').map((dr) => value(dr, 'type') ?? null);
    const s = basicS3Selector(headerRef(r.file, es), value(es, 'read_write_type'), types);
    if (s) s3DataSelectors.push(s);
  }
  for (const aes of advanced) {
    const fields = nestedBlocks(aes, 'field_selector').map((fs) => ({ field: value(fs, 'field') ?? null, equals: value(fs, 'equals') }));
    const s = advancedS3Selector(headerRef(r.file, aes), fields, { start: aes.start, end: aes.end });
    if (s) s3DataSelectors.push(s);
  }
  for (const d of dynamic) {
    const u = new Unknown('expression', headerSpan(d), `a dynamic ${d.labels[0]!.value} block`);
    s3DataSelectors.push({ ref: headerRef(r.file, d), logsReads: u, logsWrites: u });
  }
  return {
    eventSelectorCount: basic.length + advanced.length + dynamic.length,
    hasAdvancedSelectors: advanced.length > 0 || dynamic.some((d) => d.labels[0]?.value === 'advanced_event_selector'),
    s3DataSelectors,
  };
}

export function kmsKeys(mod: TfModule): KmsKey[] {
  return mod.ofType('aws_kms_key').map((r) =>
    perElement('KmsKey', r, (): KmsKey => {
      const b = base(r);
      return {
        ...strip(b),
        rotationEnabled: b.read(['enable_key_rotation'], asBool, false),
        // `customer_master_key_spec` is the attribute's name in the AWS provider.
        keySpec: b.read(['customer_master_key_spec'], asString, 'SYMMETRIC_DEFAULT'),
        keyUsage: b.read(['key_usage'], asString, 'ENCRYPT_DECRYPT'),
      };
    }),
  );
}

/** DB instances and Aurora cluster members (`aws_rds_cluster_instance`, whose `cluster_identifier` is required). */
export function rdsInstances(mod: TfModule): RdsInstance[] {
  return [...mod.ofType('aws_db_instance'), ...mod.ofType('aws_rds_cluster_instance')].map((r) =>
    perElement('RdsInstance', r, (): RdsInstance => {
      const b = base(r);
      return {
        ...strip(b),
        storageEncrypted: b.read(['storage_encrypted'], asBool, false),
        publiclyAccessible: b.read(['publicly_accessible'], asBool, false),
        clusterIdentifier: b.read(['cluster_identifier'], asString),
        engine: b.read(['engine'], asString),
        autoMinorVersionUpgrade: b.read(['auto_minor_version_upgrade'], asBool, true),
        multiAz: b.read(['multi_az'], asBool, false),
        // Unset, the provider sends nothing and RDS applies its API default of 1 day.
        backupRetentionPeriod: b.read(['backup_retention_period'], asNumber, 1),
        deletionProtection: b.read(['deletion_protection'], asBool, false),
        cloudwatchLogsExports: b.read<unknown>(['enabled_cloudwatch_logs_exports'], (v) => v),
        masterPassword: b.read(['password'], asString),
        manageMasterUserPassword: b.read(['manage_master_user_password'], asBool, false),
        replicaSource: b.read(['replicate_source_db'], asString),
        monitoringInterval: b.read(['monitoring_interval'], asNumber, 0),
        monitoringRoleArn: b.read(['monitoring_role_arn'], asString),
      };
    }),
  );
}

export function ebsVolumes(mod: TfModule): EbsVolume[] {
  return mod.ofType('aws_ebs_volume').map((r) =>
    perElement('EbsVolume', r, (): EbsVolume => {
      const b = base(r);
      return { ...strip(b), encrypted: b.read(['encrypted'], asBool, false), kmsKeyId: b.read(['kms_key_id'], asString) };
    }),
  );
}

export function instances(mod: TfModule): InstanceLike[] {
  const out: InstanceLike[] = [];
  for (const type of ['aws_instance', 'aws_launch_template', 'aws_launch_configuration']) {
    for (const r of mod.ofType(type)) {
      out.push(
        perElement('instance', r, () => {
          const b = base(r);
          // Without metadata_options, instances default to IMDSv1 allowed ("optional").
          return {
            ...strip(b),
            httpTokens: b.read(['metadata_options', 'http_tokens'], asString, 'optional'),
            httpEndpoint: b.read(['metadata_options', 'http_endpoint'], asString, 'enabled'),
          };
        }),
      );
    }
  }
  return out;
}
