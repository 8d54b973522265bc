// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import type { CatalogResourceOf, CloudModel, FixOp } from '../../api';

type Bucket = CatalogResourceOf<'gcp.storage.bucket'>;

const PREFIX = 'storage.googleapis.com/';

/** The sinks exporting to `bucket`: by reference (`${google_storage_bucket.b.name}`) or by its literal name. */
function sinksInto(bucket: Bucket, model: CloudModel): string[] {
  const base = bucket.address.replace(/\[.*\]$/, '');
  const name = bucket.attrs.name.value;
  const out: string[] = [];
  for (const s of catalogOf(model, 'gcp.logging.sink')) {
    const d = s.attrs.destination.value;
    if (d instanceof Unknown) {
      const text = d.text ?? '';
      if (d.ref.kind === 'resource' && d.ref.address === base && (text === '' || text.startsWith(PREFIX))) out.push(s.address);
      else if (typeof name === 'string' && text === `${PREFIX}${name}`) out.push(s.address);
    } else if (typeof d === 'string' && typeof name === 'string' && d === `${PREFIX}${name}`) out.push(s.address);
  }
  return out;
}

export default defineCatalogRule({
  kind: 'gcp.storage.bucket',
  meta: {
    id: 'GCP-LOGGING-003',
    name: 'logging-sink-bucket-locked',
    title: 'Buckets that receive exported logs have a locked retention policy',
    severity: 'medium',
    description:
      'Every `google_storage_bucket` a log sink of the module exports to (`destination = "storage.googleapis.com/${google_storage_bucket.x.name}"` or the bucket\'s literal name) has a `retention_policy` with a `retention_period` and `is_locked = true`. Buckets no sink exports to are not judged, and neither are sink destinations outside the module (a variable, another project): there is no bucket here to read.',
    rationale:
      'Exported logs are the evidence of what happened. Without a locked retention policy, anyone who gains enough access to the project, including the attacker the logs would expose, can delete them or shorten their retention. A locked policy cannot be removed or shortened by anyone until the objects expire.',
    remediation:
      'Add `retention_policy { retention_period = <seconds> is_locked = true }` to the bucket (choose the period from your log retention requirement first: a locked period can be extended but never shortened, and the bucket cannot be deleted while objects are retained). The quick fix locks the policy, with a variable for the period when none is written; it is unsafe because locking is irreversible.',
    links: ['https://cloud.google.com/storage/docs/bucket-lock', 'https://cloud.google.com/logging/docs/export/configure_export_v2', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#retention_policy'],
    ...byConcept('audit-logging', { cis: { 'cis-gcp-5.0.0': ['2.4'] }, remark: 'Protecting exported audit logs from deletion is part of keeping them.' }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_storage_bucket'] },
    fix: 'unsafe',
  },
  applies: (bucket, model) => sinksInto(bucket, model).length > 0,
  check(bucket, ctx) {
    const { retentionLocked, retentionPeriod } = bucket.attrs;
    const sinks = sinksInto(bucket, ctx.model);
    const ops: FixOp[] = [];
    if (retentionLocked.location) ops.push({ op: 'set', location: retentionLocked.location, value: lit(true) });
    if (!retentionPeriod.present && retentionPeriod.location) ops.push({ op: 'set', location: retentionPeriod.location, value: placeholder(bucket, `${bucket.address.replace(/\[.*\]$/, '').split('.').pop()!}_retention_seconds`, 'How long exported logs must be kept, in seconds (a locked period can never be shortened)') });
    const fixes = ops.length > 0 ? [{ id: 'lock-retention', title: 'Lock a retention policy on the log bucket', safety: 'unsafe' as const, ops }] : [];
    const who = `\`${sinks[0]!}\`${sinks.length > 1 ? ` and ${sinks.length - 1} more sink(s)` : ''}`;
    if (retentionLocked.value instanceof Unknown) {
      ctx.cannotVerify(retentionLocked, retentionLocked.value, 'whether the log bucket\'s retention policy is locked');
      return;
    }
    if (!retentionPeriod.present) {
      ctx.report(bucket, `${who} exports logs to this bucket, which has no retention policy: anyone with enough access can delete them.`, { fixes });
      return;
    }
    if (retentionLocked.value !== true) ctx.report(retentionLocked.present ? retentionLocked : bucket, `${who} exports logs to this bucket, whose retention policy is not locked: it can be removed or shortened and the logs deleted.`, { fixes });
  },
});
