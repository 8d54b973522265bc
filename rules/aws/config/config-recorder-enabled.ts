// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, list, lit, obj, setFix, unitWord, Unknown } from '../../api';
import type { Attr, CatalogKindName, CatalogResource, CatalogResourceOf, EditTarget, FixOp, FixValue, ModuleContext, PlannedFix } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

const bucketPlaceholder: FixValue = { kind: 'placeholder', name: 'config_bucket_name', description: 'Name of the S3 bucket AWS Config delivers configuration snapshots and history to' };
const rolePlaceholder: FixValue = { kind: 'placeholder', name: 'config_role_arn', description: 'ARN of the IAM role AWS Config uses (with the AWS_ConfigRole managed policy)' };

/** A new Terraform resource written after `owner` (a recorder), or null when the owner is not a plain block. */
function after(owner: CatalogResource, resourceType: string, name: string): EditTarget | null {
  const t = owner.target;
  if (t.platform !== 'terraform' || t.kind !== 'block') return null;
  return { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType, name, preamble: [] };
}

function createFix(id: string, title: string, ops: (FixOp | null)[]): PlannedFix[] {
  if (ops.some((o) => o === null)) return [];
  return [{ id, title, safety: 'unsafe', ops: ops as FixOp[] }];
}

function recorderRef(r: CatalogResource): FixValue {
  return { kind: 'reference', terraform: `${r.address}.name`, cloudformation: { ref: r.address } };
}

function checkFlag(ctx: ModuleContext, r: CatalogResource, attr: Attr<unknown>, what: string, message: string, fix: PlannedFix[]): void {
  if (attr.value instanceof Unknown) ctx.cannotVerify(r, attr, attr.value, what);
  else if (attr.value !== true) ctx.report(r, attr, message, { fixes: fix });
}

export default defineModuleRule({
  meta: {
    id: 'AWS-CONFIG-001',
    name: 'config-recorder-enabled',
    title: 'AWS Config records all resource types and delivers them',
    severity: 'medium',
    description:
      'The module or template has an AWS Config configuration recorder that records all supported resource types including global ones (IAM), a delivery channel, and (Terraform) a recorder status with `is_enabled = true`. With no recorder at all, one project-level finding is reported.',
    rationale:
      'AWS Config keeps the configuration history of every resource: who changed a security group, when a bucket became public, what an IAM policy looked like last week. Investigations, change audits and Config rules all depend on that history, and a recorder that skips types, skips IAM, has nowhere to deliver, or is never started records nothing useful.',
    remediation:
      'Terraform: `aws_config_configuration_recorder` with `recording_group { all_supported = true, include_global_resource_types = true }`, an `aws_config_delivery_channel` to an S3 bucket, and `aws_config_configuration_recorder_status` with `is_enabled = true`. CloudFormation: `AWS::Config::ConfigurationRecorder` with `RecordingGroup.AllSupported` and `IncludeGlobalResourceTypes` true, and an `AWS::Config::DeliveryChannel`. Record global types in one region only if you want to avoid duplicates.',
    links: [
      'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['3.3'],
      'cis-aws-3.0.0': ['3.3'],
      'cis-aws-1.4.0': ['3.5'],
      'soc2-2017': ['CC2.1', 'CC3.1', 'CC3.4', 'CC8.1'],
      'nist-800-53-r5': ['CM-2', 'CM-3', 'CM-8', 'AU-12'],
      'nist-csf-2.0': ['ID.RA-05', 'ID.AM-08'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2 and CSF ID.RA-05 from the reference maps; NIST CM-2/CM-3/CM-8/AU-12 and CSF ID.AM-08 chosen by control concept (configuration baselines, change and inventory records).',
    resourceTypes: {
      terraform: ['aws_config_configuration_recorder', 'aws_config_delivery_channel', 'aws_config_configuration_recorder_status'],
      cloudformation: ['AWS::Config::ConfigurationRecorder', 'AWS::Config::DeliveryChannel'],
    },
    aliases: { checkov: ['CKV2_AWS_45', 'CKV2_AWS_48'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const mine = <K extends CatalogKindName>(kind: K): CatalogResourceOf<K>[] => catalogOf(model, kind).filter((r) => r.platform === ctx.platform);
    const recorders = mine('aws.config.configuration-recorder');
    const channels = mine('aws.config.delivery-channel');
    const statuses = mine('aws.config.recorder-status');
    const where = unitWord(ctx);
    if (recorders.length === 0) {
      ctx.reportMissing(`AWS Config has no configuration recorder in this ${where}, so resource configuration changes are not recorded.`, {
        fixes: addResourcesFix(model, ctx.platform, 'add-config', 'Add an AWS Config recorder, delivery channel and recorder status', 'unsafe', [
          {
            terraform: {
              type: 'aws_config_configuration_recorder',
              name: 'main',
              values: [
                [['name'], lit('default')],
                [['role_arn'], rolePlaceholder],
                [['recording_group', 'all_supported'], lit(true)],
                [['recording_group', 'include_global_resource_types'], lit(true)],
              ],
            },
            cloudformation: {
              type: 'AWS::Config::ConfigurationRecorder',
              logicalId: 'ConfigRecorder',
              values: [
                [['RoleARN'], { ...rolePlaceholder, name: 'ConfigRoleArn' }],
                [['RecordingGroup'], obj(['AllSupported', lit(true)], ['IncludeGlobalResourceTypes', lit(true)])],
              ],
            },
          },
          {
            terraform: {
              type: 'aws_config_delivery_channel',
              name: 'main',
              values: [
                [['name'], lit('default')],
                [['s3_bucket_name'], bucketPlaceholder],
                [['depends_on'], list({ kind: 'reference', terraform: 'aws_config_configuration_recorder.main', cloudformation: { ref: 'ConfigRecorder' } })],
              ],
            },
            cloudformation: { type: 'AWS::Config::DeliveryChannel', logicalId: 'ConfigDeliveryChannel', values: [[['S3BucketName'], { ...bucketPlaceholder, name: 'ConfigBucketName' }]] },
          },
          {
            terraform: {
              type: 'aws_config_configuration_recorder_status',
              name: 'main',
              values: [
                [['name'], { kind: 'reference', terraform: 'aws_config_configuration_recorder.main.name', cloudformation: { ref: 'ConfigRecorder' } }],
                [['is_enabled'], lit(true)],
                [['depends_on'], list({ kind: 'reference', terraform: 'aws_config_delivery_channel.main', cloudformation: { ref: 'ConfigDeliveryChannel' } })],
              ],
            },
          },
        ]),
      });
      return;
    }
    for (const r of recorders) {
      const all = r.attrs.allSupported;
      const types = r.attrs.resourceTypes;
      // AWS rejects an explicit type list next to all_supported = true: the fix empties it.
      const recordAll: [Attr<unknown>, FixValue][] = types.present ? [[all, lit(true)], [types, list()]] : [[all, lit(true)]];
      checkFlag(ctx, r, all, 'whether the recorder records all resource types', 'The recorder does not record all supported resource types.', setFix('record-all', 'Record all supported resource types', 'unsafe', ...recordAll));
      checkFlag(
        ctx,
        r,
        r.attrs.includeGlobalResourceTypes,
        'whether the recorder records global resources',
        r.attrs.includeGlobalResourceTypes.present ? 'The recorder leaves out global resource types such as IAM users, roles and policies.' : 'The recorder does not include global resource types such as IAM (they are left out by default).',
        setFix('record-global', 'Record global resource types (IAM)', 'unsafe', [r.attrs.includeGlobalResourceTypes, lit(true)]),
      );
    }
    const first = recorders[0]!;
    if (channels.length === 0) {
      const target = ctx.platform === 'terraform' ? after(first, 'aws_config_delivery_channel', 'main') : null;
      const cfnTarget: EditTarget | null =
        first.target.platform === 'cloudformation' && first.target.kind === 'resource'
          ? { platform: 'cloudformation', kind: 'new-resource', file: first.target.file, after: first.target.resource, logicalId: 'ConfigDeliveryChannel', resourceType: 'AWS::Config::DeliveryChannel', preamble: [] }
          : null;
      const op: FixOp | null = target
        ? { op: 'create', target, values: [[['name'], lit('default')], [['s3_bucket_name'], bucketPlaceholder], [['depends_on'], list({ kind: 'reference', terraform: first.address, cloudformation: { ref: first.address } })]] }
        : cfnTarget
          ? { op: 'create', target: cfnTarget, values: [[['S3BucketName'], { ...bucketPlaceholder, name: 'ConfigBucketName' }]] }
          : null;
      ctx.report(first, first, 'The configuration recorder has no delivery channel, so AWS Config cannot start recording.', {
        fixes: createFix('add-delivery-channel', 'Add a delivery channel to an S3 bucket', [op]),
      });
    }
    if (ctx.platform !== 'terraform') return;
    const enabled = statuses.map((s) => s.attrs.isEnabled);
    if (statuses.length === 0) {
      const target = after(first, 'aws_config_configuration_recorder_status', 'main');
      const values: [string[], FixValue][] = [
        [['name'], recorderRef(first)],
        [['is_enabled'], lit(true)],
      ];
      if (channels[0]) values.push([['depends_on'], list({ kind: 'reference', terraform: channels[0].address, cloudformation: { ref: channels[0].address } })]);
      ctx.report(first, first, 'The configuration recorder is never started: add an aws_config_configuration_recorder_status with is_enabled = true.', {
        fixes: createFix('start-recorder', 'Start the recorder', [target ? { op: 'create', target, values } : null]),
      });
      return;
    }
    statuses.forEach((s, i) => {
      const e = enabled[i]!;
      if (e.value instanceof Unknown) ctx.cannotVerify(s, e, e.value, 'whether the recorder is started');
      else if (e.value !== true) ctx.report(s, e, 'The configuration recorder is stopped (is_enabled is not true).', { fixes: setFix('start-recorder', 'Start the recorder', 'unsafe', [e, lit(true)]) });
    });
  },
});
