// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, placeholder, Unknown } from '../../api';
import type { Attr, CatalogResourceOf, PlannedFix } from '../../api';
import { addGcpResource } from '../../lib/gcp-account';

type Sink = CatalogResourceOf<'gcp.logging.sink'>;

type Verdict = { ok: true } | { ok: false; at: Attr<unknown> | Sink; message: string; fixes: PlannedFix[] } | { ok: 'unknown'; at: Attr<unknown>; unknown: Unknown };

function judge(s: Sink): Verdict {
  const { filter, disabled } = s.attrs;
  if (disabled.value instanceof Unknown) return { ok: 'unknown', at: disabled, unknown: disabled.value };
  if (filter.value instanceof Unknown) return { ok: 'unknown', at: filter, unknown: filter.value };
  if (disabled.value === true) {
    return { ok: false, at: disabled, message: 'The sink is disabled (`disabled = true`): it exports nothing.', fixes: disabled.location ? [{ id: 'enable-sink', title: 'Enable the sink', safety: 'unsafe', ops: [{ op: 'set', location: disabled.location, value: lit(false) }] }] : [] };
  }
  if (typeof filter.value === 'string' && filter.value.trim() !== '') {
    return { ok: false, at: filter, message: 'The sink exports only the entries its `filter` matches; no sink of this module exports every log entry.', fixes: [] };
  }
  const exclusions = s.lists.exclusions;
  if (exclusions.unknown) return { ok: 'unknown', at: s.attrs.filter, unknown: exclusions.unknown };
  const active = exclusions.items.find((e) => e.attrs.disabled.value !== true);
  if (active) return { ok: false, at: active.attrs.filter, message: 'The sink has no filter but an `exclusions` block drops some entries from the export.', fixes: [] };
  return { ok: true };
}

export default defineModuleRule({
  meta: {
    id: 'GCP-LOGGING-002',
    name: 'logging-sink-all-entries',
    title: 'A log sink exports every log entry',
    severity: 'medium',
    description:
      'The module has an enabled log sink (`google_logging_project_sink`, `_folder_sink`, `_organization_sink` or `_billing_account_sink`) with an empty or absent `filter` and no active `exclusions`, so every log entry is copied to a destination outside the default log buckets. Sinks that export part of the logs are reported when no sink exports everything; a module with no sink gets one project-level finding. A folder or organization sink with `include_children` covers the projects below it, which code elsewhere may hold.',
    rationale:
      'Logs kept only in the project\'s default buckets age out after their retention period and are deleted with the project. An export of every entry to storage the security team controls keeps the record for investigations and audits, whatever later happens to the project.',
    remediation:
      'Add `google_logging_project_sink` (or an organization sink with `include_children = true`) with no `filter`, a `destination` such as `storage.googleapis.com/<bucket>` (with a locked retention policy, see GCP-LOGGING-003), and `unique_writer_identity = true`; grant the sink\'s writer identity access to the destination. The fix adds the sink with a variable for the destination.',
    links: ['https://cloud.google.com/logging/docs/export/configure_export_v2', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_project_sink'],
    ...byConcept('audit-logging', { cis: { 'cis-gcp-5.0.0': ['2.3'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_logging_project_sink', 'google_logging_folder_sink', 'google_logging_organization_sink', 'google_logging_billing_account_sink'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const sinks = catalogOf(model, 'gcp.logging.sink');
    const verdicts = sinks.map((s) => [s, judge(s)] as const);
    const good = verdicts.find(([, v]) => v.ok === true);
    if (good) {
      ctx.present(good[0]);
      return;
    }
    for (const [s, v] of verdicts) {
      if (v.ok === false) ctx.report(s, v.at, v.message, { fixes: v.fixes });
      else if (v.ok === 'unknown') ctx.cannotVerify(s, v.at, v.unknown, 'whether the sink exports every log entry');
    }
    if (sinks.length > 0) return;
    ctx.reportMissing('No log sink exports the logs of this module: they stay in the default buckets and are deleted with their retention period or the project.', {
      fixes: addGcpResource(model, 'add-sink', 'Export every log entry', 'unsafe', 'google_logging_project_sink', 'all_log_entries', [
        [['name'], lit('all-log-entries')],
        [['destination'], placeholder(ctx, 'log_sink_destination', 'Where every log entry is exported, e.g. storage.googleapis.com/BUCKET (a bucket with a locked retention policy)')],
        [['unique_writer_identity'], lit(true)],
      ]),
    });
  },
});
