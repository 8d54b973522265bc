// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, isObjectValue, lit, obj, Unknown } from '../../api';
import type { CatalogResourceOf, FixValue, PlannedFix, Value } from '../../api';

type Schedule = CatalogResourceOf<'gcp.iam.rotation-schedule'>;

/** The schedule's period in days, or the unknown that hides it; null when it sets no periodic rotation. */
function periodDays(s: Schedule): number | Unknown | null {
  const parts: [number, number | Unknown | undefined][] = [
    [1 / 1440, s.attrs.rotationMinutes.value],
    [1 / 24, s.attrs.rotationHours.value],
    [1, s.attrs.rotationDays.value],
    [30.4375, s.attrs.rotationMonths.value],
    [365.25, s.attrs.rotationYears.value],
  ];
  for (const [, v] of parts) if (v instanceof Unknown) return v;
  // time_rotating accepts one period; should several be written, the shortest one triggers first.
  const days = parts.filter(([, v]) => typeof v === 'number').map(([f, v]) => f * (v as number));
  return days.length > 0 ? Math.min(...days) : null;
}

/** The `time_rotating` resources a keepers value references (Unknowns that point at one). */
function schedulesIn(v: Value | undefined, out: string[] = []): string[] {
  if (v instanceof Unknown) {
    if (v.ref.kind === 'resource' && v.ref.address.startsWith('time_rotating.')) out.push(v.ref.address);
  } else if (Array.isArray(v)) for (const x of v) schedulesIn(x, out);
  else if (isObjectValue(v)) for (const x of Object.values(v)) schedulesIn(x, out);
  return out;
}

export default defineCatalogRule({
  kind: 'gcp.iam.service-account-key',
  meta: {
    id: 'GCP-IAM-004',
    name: 'iam-sa-key-rotation',
    title: 'User-managed service account keys rotate at least every 90 days',
    severity: 'medium',
    description:
      'A `google_service_account_key` is replaced on a schedule: its `keepers` reference a `time_rotating` (hashicorp/time) whose period is at most 90 days. Terraform replaces the key whenever a keeper changes, so this is how a key rotates in code. Keys without keepers, with keepers that never change, or with a longer schedule are reported; a schedule with unknown period is "cannot verify". CIS GCP 1.8 is checkable only in this form: keys rotated outside Terraform cannot be seen.',
    rationale:
      'A service account key works until it is deleted. Rotating it every few months limits how long a copy left in a CI log, a laptop or an old state file stays useful to whoever finds it.',
    remediation:
      'Add `resource "time_rotating" "key_rotation" { rotation_days = 90 }` and `keepers = { rotation = time_rotating.key_rotation.id }` on the key, and make consumers read the new key (for example from Secret Manager) after each apply. The quick fix writes both; it is unsafe because the old key stops existing at the next rotation. Better still, remove the key (GCP-IAM-001).',
    links: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys#rotate-keys', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key', 'https://registry.terraform.io/providers/hashicorp/time/latest/docs/resources/rotating'],
    ...byConcept('secrets-in-code', { cis: { 'cis-gcp-5.0.0': ['1.8'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_service_account_key'] },
    fix: 'unsafe',
  },
  check(key, ctx) {
    const keepers = key.attrs.keepers;
    const schedules = catalogOf(ctx.model, 'gcp.iam.rotation-schedule');
    const addSchedule = (): PlannedFix[] => {
      const t = key.target;
      if (t.platform !== 'terraform' || t.kind !== 'block' || !keepers.location || keepers.present) return [];
      const base = key.address.replace(/\[.*\]$/, '');
      let name = `${base.slice(base.lastIndexOf('.') + 1)}_rotation`;
      const taken = new Set(schedules.map((s) => s.address));
      for (let n = 2; taken.has(`time_rotating.${name}`); n++) name = `${base.slice(base.lastIndexOf('.') + 1)}_rotation_${n}`;
      const ref: FixValue = { kind: 'reference', terraform: `time_rotating.${name}.id`, cloudformation: { ref: name } };
      return [
        {
          id: 'rotate-every-90-days',
          title: 'Replace the key every 90 days (time_rotating keeper)',
          safety: 'unsafe',
          ops: [
            { op: 'create', target: { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType: 'time_rotating', name, preamble: [] }, values: [[['rotation_days'], lit(90)]] },
            { op: 'set', location: keepers.location, value: obj(['rotation', ref]) },
          ],
        },
      ];
    };
    if (!keepers.present) {
      ctx.report(key, 'The key has no `keepers`, so Terraform never replaces it: it is never rotated.', { fixes: addSchedule() });
      return;
    }
    if (keepers.value instanceof Unknown && !(keepers.value.ref.kind === 'resource' && keepers.value.ref.address.startsWith('time_rotating.'))) {
      ctx.cannotVerify(keepers, keepers.value, 'whether the key rotates (its keepers)');
      return;
    }
    const used = schedulesIn(keepers.value as Value);
    if (used.length === 0) {
      ctx.report(keepers, 'No keeper refers to a `time_rotating` schedule, so the key is replaced only when someone edits a keeper by hand.');
      return;
    }
    for (const address of used) {
      const s = schedules.find((x) => x.address.replace(/\[.*\]$/, '') === address);
      if (!s) {
        ctx.cannotVerify(keepers, new Unknown('reference', keepers.ref.span, `${address} (not declared in this module)`, { kind: 'external', what: address }), 'the key rotation period');
        return;
      }
      const days = periodDays(s);
      if (days instanceof Unknown) {
        ctx.cannotVerify(keepers, days, `the key rotation period (${s.address})`);
        return;
      }
      if (days !== null && days <= 90) return;
      ctx.report(keepers, days === null ? `\`${s.address}\` sets no periodic rotation (only a one-off time, or nothing), so the key is not rotated on a schedule.` : `\`${s.address}\` replaces the key every ${Math.round(days)} days, longer than 90.`);
      return;
    }
  },
});
