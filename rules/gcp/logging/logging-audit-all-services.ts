// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule, GCP_AUDIT_CONFIG_TYPES, gcpIamTypes, list, Unknown } from '../../api';
import type { Attr, GcpAuditConfig, GcpIamPolicy, ModuleContext, PlannedFix, SourceRef } from '../../api';
import { auditConfigFix, missingAuditConfigFix, REQUIRED_LOG_TYPES } from '../../lib/gcp-audit';

type Verdict = { ok: true } | { ok: false; at: Attr<unknown> | SourceRef; message: string; fixes: PlannedFix[] } | { ok: 'unknown'; at: Attr<unknown> | SourceRef; unknown: Unknown };

/** `google_*_iam_audit_config` writes `audit_log_config` blocks; `data "google_iam_policy"` writes `audit_log_configs`. */
function isAuditResource(c: GcpAuditConfig): boolean {
  const t = c.service.location?.target;
  return t?.platform === 'terraform' && t.kind === 'block' && t.block.blockType === 'resource';
}

function judge(c: GcpAuditConfig): Verdict {
  if (c.unknown) return { ok: 'unknown', at: c.ref, unknown: c.unknown };
  const types = new Set<string>();
  for (const l of c.logConfigs) {
    const t = l.logType.value;
    if (t instanceof Unknown) return { ok: 'unknown', at: l.logType, unknown: t };
    if (typeof t === 'string') types.add(t);
  }
  for (const l of c.logConfigs) {
    for (const m of l.exemptedMembers) {
      if (m.value instanceof Unknown) return { ok: 'unknown', at: m.ref, unknown: m.value };
    }
    const exempted = l.exemptedMembers.map((m) => m.value as string);
    if (exempted.length > 0) {
      const fixes: PlannedFix[] = l.exemptedAttr.location ? [{ id: 'no-exemptions', title: 'Log every member', safety: 'unsafe', ops: [{ op: 'set', location: l.exemptedAttr.location, value: list() }] }] : [];
      return { ok: false, at: l.exemptedAttr, message: `${String(l.logType.value)} audit logs exempt ${exempted.map((e) => `\`${e}\``).join(', ')}: what they do is not recorded.`, fixes };
    }
  }
  const missing = REQUIRED_LOG_TYPES.filter((t) => !types.has(t));
  if (missing.length > 0) return { ok: false, at: c.ref, message: `The audit configuration for \`allServices\` does not enable ${missing.join(', ')}: ${missing.includes('DATA_READ') || missing.includes('DATA_WRITE') ? 'who reads and changes data is not recorded' : 'administrative reads are not recorded'}.`, fixes: auditConfigFix(c, missing, isAuditResource(c) ? 'audit_log_config' : 'audit_log_configs') };
  return { ok: true };
}

export default defineModuleRule({
  meta: {
    id: 'GCP-LOGGING-001',
    name: 'logging-audit-all-services',
    title: 'Data Access audit logs are on for all services, with no exempted members',
    severity: 'medium',
    description:
      'The module configures audit logging for `service = "allServices"` with the log types `ADMIN_READ`, `DATA_READ` and `DATA_WRITE` and no `exempted_members`: through `google_project_iam_audit_config`, `google_folder_iam_audit_config`, `google_organization_iam_audit_config`, or the `audit_config` blocks of a whole IAM policy (`google_*_iam_policy` with `data "google_iam_policy"`). A configuration that misses a log type or exempts someone is reported on it; none at all is one project-level finding. Configurations for single services do not count.',
    rationale:
      'Admin Activity logs are always on, but reads and writes of data (who downloaded an object, who queried a table) are only recorded when Data Access logs are turned on. Without them an investigation cannot tell what data an attacker or an insider touched. An exempted member is invisible in exactly the logs meant to watch it.',
    remediation:
      'Add `google_project_iam_audit_config` (or the folder/organization one) with `service = "allServices"` and one `audit_log_config` block per log type (`ADMIN_READ`, `DATA_READ`, `DATA_WRITE`), without `exempted_members`. Data Access logs are billed by volume; exclude noisy entries with a log sink exclusion rather than an exemption. The fixes add the missing log types or the whole configuration, and remove exemptions.',
    links: ['https://cloud.google.com/logging/docs/audit/configure-data-access', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config'],
    ...byConcept('audit-logging', { cis: { 'cis-gcp-5.0.0': ['2.1'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: [...GCP_AUDIT_CONFIG_TYPES, ...gcpIamTypes('project', 'folder', 'organization').filter((t) => t.endsWith('_policy'))] },
    fix: 'unsafe',
  },
  check(model, ctx: ModuleContext) {
    const candidates: [GcpIamPolicy, GcpAuditConfig][] = [];
    let unknown: [GcpIamPolicy, Attr<unknown> | SourceRef, Unknown] | undefined;
    for (const p of model.aws.gcpIamPolicies) {
      if (!['project', 'folder', 'organization'].includes(p.scope.kind)) continue;
      if (p.unknown && p.authority === 'policy') unknown ??= [p, p.ref, p.unknown];
      for (const c of p.auditConfigs) {
        const s = c.service.value;
        if (s instanceof Unknown) unknown ??= [p, c.service, s];
        else if (s === 'allServices') candidates.push([p, c]);
      }
    }
    const verdicts = candidates.map(([p, c]) => [p, judge(c)] as const);
    const good = verdicts.find(([, v]) => v.ok === true);
    if (good) {
      ctx.present(good[0]);
      return;
    }
    for (const [p, v] of verdicts) {
      if (v.ok === false) ctx.report(p, v.at, v.message, { fixes: v.fixes });
      else if (v.ok === 'unknown') ctx.cannotVerify(p, v.at, v.unknown, 'whether audit logging covers all services');
    }
    if (verdicts.length > 0) return;
    if (unknown) {
      ctx.cannotVerify(unknown[0], unknown[1], unknown[2], 'whether audit logging covers all services');
      return;
    }
    ctx.reportMissing('No audit configuration for `allServices` in this module: Data Access audit logs are off, so reads and writes of data are not recorded.', { fixes: missingAuditConfigFix(model) });
  },
});
