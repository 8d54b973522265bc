// SPDX-License-Identifier: Apache-2.0
// The one implementation behind CIS GCP 2.5-2.12: a log-based metric (`google_logging_metric`) whose
// filter matches one kind of audit log entry, and an enabled alert policy
// (`google_monitoring_alert_policy`) with a notification channel whose condition watches that metric
// (`metric.type = "logging.googleapis.com/user/<metric name>"`, the name literal or referenced). Filters
// are judged by the sample entries they match (gcp-monitoring-events.ts), as the CIS AWS section 4 rules
// judge CloudWatch filter patterns.
//
// Account-level semantics: a complete chain is the evidence; a metric meant for the recommendation but
// wrong, or an alert policy that notifies no one, is reported on that resource; nothing at all is one
// "missing" finding for the module.

import { catalogOf, list, lit, matchesLogEntry, parseLoggingQuery, placeholder, Unknown } from '../api';
import type { Attr, CatalogResourceOf, CloudModel, FixValue, ModuleContext, PlannedFix, Value } from '../api';
import { addResourcesFix } from './account-controls';
import type { GcpMonitoringSpec } from './gcp-monitoring-events';

type Metric = CatalogResourceOf<'gcp.logging.metric'>;
type Policy = CatalogResourceOf<'gcp.monitoring.alert-policy'>;

export const GCP_MONITORING_TYPES = { terraform: ['google_logging_metric', 'google_monitoring_alert_policy'] };

export const GCP_MONITORING_LINKS = [
  'https://cloud.google.com/logging/docs/logs-based-metrics',
  'https://cloud.google.com/logging/docs/view/logging-query-language',
  'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_metric',
  'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/monitoring_alert_policy',
];

/** SOC 2 / NIST / CSF ids, the same as the CIS AWS 4.x monitoring rules carry (fresh arrays per rule). */
export function gcpMonitoringFrameworks(): Record<'soc2-2017' | 'nist-800-53-r5' | 'nist-csf-2.0', string[]> {
  return { 'soc2-2017': ['CC7.2', 'CC7.3', 'CC7.4'], 'nist-800-53-r5': ['AU-6', 'AU-12', 'CA-7', 'SI-4'], 'nist-csf-2.0': ['DE.CM-01', 'ID.RA-05'] };
}

export const GCP_MONITORING_MAPPING_NOTE = 'CIS ids from the reference data; SOC 2, NIST and CSF ids as the CIS AWS 4.x log metric filter and alarm rules map them (the same control on another cloud).';

export function gcpMonitoringRemediation(what: string): string {
  return `Add a \`google_logging_metric\` whose \`filter\` matches ${what} (the benchmark's query, or any query that matches the same entries), with \`metric_descriptor { metric_kind = "DELTA" value_type = "INT64" }\`, and a \`google_monitoring_alert_policy\` with a \`condition_threshold\` on \`metric.type = "logging.googleapis.com/user/<metric name>"\` and at least one notification channel. The fix adds both, with a variable for the notification channel; where the organization alerts centrally, suppress the finding with that justification.`;
}

export interface FilterVerdict {
  missed: string[];
  extra: string[];
  full: boolean;
  /** Meant for this recommendation (catches at least half of the must-match entries, not every other one) but wrong. */
  partial: boolean;
}

/** Null when the filter is not understood (a function, unusual syntax): the caller cannot verify it. */
export function judgeFilter(filter: string, spec: GcpMonitoringSpec): FilterVerdict | null {
  const parsed = parseLoggingQuery(filter);
  if (!parsed.ok) return null;
  const missed = spec.mustMatch.filter((e) => !matchesLogEntry(parsed.ast, e.entry)).map((e) => e.label);
  const extra = spec.mustNotMatch.filter((e) => matchesLogEntry(parsed.ast, e.entry)).map((e) => e.label);
  const caught = spec.mustMatch.length - missed.length;
  const full = missed.length === 0 && extra.length === 0;
  const specific = extra.length < spec.mustNotMatch.length;
  return { missed, extra, full, partial: !full && specific && caught > 0 && caught >= Math.ceil(spec.mustMatch.length / 2) };
}

// A metric of a module instance read for its caller's joins is named by its full address (`module.m.google_logging_metric.x`).
const USER_METRIC = /logging\.googleapis\.com\/user\/(?:\$\{((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)google_logging_metric\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.(?:name|id)\}|([A-Za-z0-9_./-]+))/g;

/** The metrics (by resource address and by literal name) an alert policy's conditions watch; `unknown` when a condition's query cannot be read. */
function watched(p: Policy): { addresses: Set<string>; names: Set<string>; unknown: Unknown | null } {
  const out = { addresses: new Set<string>(), names: new Set<string>(), unknown: null as Unknown | null };
  for (const c of p.lists.conditions.items) {
    for (const a of [c.attrs.thresholdFilter, c.attrs.absentFilter, c.attrs.mql, c.attrs.promql]) {
      const v = a.value;
      const text = typeof v === 'string' ? v : v instanceof Unknown ? v.text : undefined;
      if (text === undefined) {
        if (v instanceof Unknown) out.unknown ??= v;
        continue;
      }
      for (const m of text.matchAll(USER_METRIC)) {
        if (m[2]) out.addresses.add(`${m[1] ?? ''}google_logging_metric.${m[2]}`);
        if (m[3]) out.names.add(m[3]);
      }
      // PromQL names user metrics `logging_googleapis_com:user_<name>`.
      for (const m of text.matchAll(/logging_googleapis_com:user_([A-Za-z0-9_]+)/g)) out.names.add(m[1]!);
      // A metric name built from an unknown (`user/${var.metric}`) may be any metric's: not "watches none".
      if (v instanceof Unknown && /(?:logging\.googleapis\.com\/user\/|logging_googleapis_com:user_)[A-Za-z0-9_./-]*\$\{(?!(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*google_logging_metric\.)/.test(text)) out.unknown ??= v;
    }
  }
  if (p.lists.conditions.unknown) out.unknown ??= p.lists.conditions.unknown;
  return out;
}

function watches(p: Policy, m: Metric): boolean {
  const w = watched(p);
  const base = m.address.replace(/\[.*\]$/, '');
  if (w.addresses.has(base)) return true;
  const name = m.attrs.name.value;
  return typeof name === 'string' && (w.names.has(name) || w.names.has(name.replace(/[^A-Za-z0-9_]/g, '_')));
}

/** What is wrong with an alert policy as a notifier: null when it is enabled and has a channel. */
function policyProblem(p: Policy): { at: Attr<unknown>; message: string } | { at: Attr<unknown>; unknown: Unknown } | null {
  const enabled = p.attrs.enabled;
  if (enabled.value instanceof Unknown) return { at: enabled, unknown: enabled.value };
  if (enabled.value === false) return { at: enabled, message: 'The alert policy is disabled (`enabled = false`), so it raises nothing.' };
  const ch = p.attrs.notificationChannels;
  const v = ch.value as Value | Unknown | undefined;
  if (v instanceof Unknown) return { at: ch, unknown: v };
  if (!Array.isArray(v) || v.length === 0) return { at: ch, message: 'The alert policy has no `notification_channels`: incidents open in the console but no one is told.' };
  return null;
}

function free(taken: Set<string>, wanted: string): string {
  let n = wanted;
  for (let i = 2; taken.has(n); i++) n = `${wanted}_${i}`;
  taken.add(n);
  return n;
}

function addChainFix(model: CloudModel, ctx: ModuleContext, spec: GcpMonitoringSpec): PlannedFix[] {
  const taken = new Set([...catalogOf(model, 'gcp.logging.metric'), ...catalogOf(model, 'gcp.monitoring.alert-policy')].map((r) => r.address.slice(r.address.indexOf('.') + 1).replace(/\[.*\]$/, '')));
  const label = free(taken, spec.metric.replace(/^cis-/, '').replace(/-/g, '_'));
  const channel = placeholder(ctx, 'alert_notification_channel', 'The id of the monitoring notification channel (projects/PROJECT/notificationChannels/ID) that receives CIS alerts');
  const metricRef: FixValue = { kind: 'reference', terraform: `"metric.type=\\"logging.googleapis.com/user/\${google_logging_metric.${label}.name}\\""`, cloudformation: { ref: label } };
  return addResourcesFix(model, 'terraform', 'add-metric-and-alert', `Add a log metric and an alert for ${spec.what}`, 'unsafe', [
    {
      terraform: {
        type: 'google_logging_metric',
        name: label,
        values: [
          [['name'], lit(spec.metric)],
          [['filter'], lit(spec.filter)],
          [['metric_descriptor', 'metric_kind'], lit('DELTA')],
          [['metric_descriptor', 'value_type'], lit('INT64')],
        ],
      },
    },
    {
      terraform: {
        type: 'google_monitoring_alert_policy',
        name: label,
        values: [
          [['display_name'], lit(`CIS: ${spec.what}`)],
          [['combiner'], lit('OR')],
          [['notification_channels'], list(channel)],
          [['conditions', 'display_name'], lit(spec.what)],
          [['conditions', 'condition_threshold', 'filter'], metricRef],
          [['conditions', 'condition_threshold', 'comparison'], lit('COMPARISON_GT')],
          [['conditions', 'condition_threshold', 'threshold_value'], lit(0)],
          [['conditions', 'condition_threshold', 'duration'], lit('0s')],
        ],
      },
    },
  ]);
}

function names(items: string[]): string {
  return items.length <= 4 ? items.join(', ') : `${items.slice(0, 4).join(', ')} and ${items.length - 4} more`;
}

export function checkGcpMonitoring(spec: GcpMonitoringSpec, model: CloudModel, ctx: ModuleContext): void {
  const metrics = catalogOf(model, 'gcp.logging.metric');
  const policies = catalogOf(model, 'gcp.monitoring.alert-policy');
  const full: Metric[] = [];
  const partial: [Metric, FilterVerdict][] = [];
  let unknown: [Metric, Attr<unknown>, Unknown] | undefined;
  for (const m of metrics) {
    const f = m.attrs.filter;
    if (f.value instanceof Unknown) {
      unknown ??= [m, f, f.value];
      continue;
    }
    if (typeof f.value !== 'string') continue;
    const v = judgeFilter(f.value, spec);
    if (!v) {
      unknown ??= [m, f, new Unknown('expression', f.ref.span, 'a filter this analysis does not understand (a function or unusual syntax)', { kind: 'other' })];
      continue;
    }
    if (v.full) full.push(m);
    else if (v.partial) partial.push([m, v]);
  }
  // A complete chain anywhere is the evidence.
  let reported = false;
  for (const m of full) {
    const disabled = m.attrs.disabled;
    if (disabled.value === true) {
      ctx.report(m, disabled, `The metric counts ${spec.what} but is disabled (\`disabled = true\`).`);
      reported = true;
      continue;
    }
    const watching = policies.filter((p) => watches(p, m));
    for (const p of watching) {
      const problem = policyProblem(p);
      if (!problem) {
        ctx.present(m);
        ctx.present(p);
        return;
      }
    }
    for (const p of watching) {
      const problem = policyProblem(p)!;
      if ('unknown' in problem) ctx.cannotVerify(p, problem.at, problem.unknown, `whether the alert on ${spec.what} notifies anyone`);
      else ctx.report(p, problem.at, problem.message);
      reported = true;
    }
    if (watching.length === 0) {
      // A metric whose name is unknown may be the one a policy watches by its literal name.
      const name = m.attrs.name.value;
      const byName = name instanceof Unknown && policies.some((p) => watched(p).names.size > 0) ? name : null;
      const unread = byName ?? policies.map((p) => watched(p).unknown).find((u) => u !== null);
      if (unread) ctx.cannotVerify(m, m, unread, `whether an alert policy watches the metric for ${spec.what}`);
      else ctx.report(m, m, `The metric counts ${spec.what}, but no alert policy watches it (a condition on \`logging.googleapis.com/user/<its name>\`), so nobody is told.`);
      reported = true;
    }
  }
  if (reported) return;
  for (const [m, v] of partial) {
    const parts = [v.missed.length > 0 ? `misses ${names(v.missed)}` : '', v.extra.length > 0 ? `also matches ${names(v.extra)}` : ''].filter((x) => x !== '');
    const f = m.attrs.filter;
    const fixes: PlannedFix[] = f.location ? [{ id: 'use-cis-filter', title: `Count every ${spec.what.replace(/s$/, '')}`, safety: 'unsafe', ops: [{ op: 'set', location: f.location, value: lit(spec.filter) }] }] : [];
    ctx.report(m, f, `The metric's filter is meant for ${spec.what} but ${parts.join(' and ')}.`, { fixes });
    reported = true;
  }
  if (reported) return;
  if (unknown) {
    ctx.cannotVerify(unknown[0], unknown[1], unknown[2], `whether a log metric counts ${spec.what}`);
    return;
  }
  ctx.reportMissing(`No log-based metric with an alert policy watches ${spec.what} in this module.`, { fixes: addChainFix(model, ctx, spec) });
}
