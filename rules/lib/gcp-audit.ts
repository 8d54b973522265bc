// SPDX-License-Identifier: Apache-2.0
// Fixes of the audit logging rule (CIS GCP 2.1): new `audit_log_config` blocks for missing log types, or a
// whole `google_project_iam_audit_config`. New blocks of a repeated type are path steps `type#key`
// (fixes/terraform-render.ts), so each log type gets its own block beside the existing ones.

import { lit } from '../api';
import type { CloudModel, FixValue, GcpAuditConfig, PlannedFix } from '../api';
import { addResourcesFix } from './account-controls';

export const REQUIRED_LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

/**
 * Adds the missing log types to a configuration written as its own resource or as an `audit_config`
 * block of a policy data source. Data Access logs are billed, so the fix is unsafe.
 */
export function auditConfigFix(c: GcpAuditConfig, missing: readonly string[], blockName: string): PlannedFix[] {
  const t = c.service.location?.target;
  if (!t || t.platform !== 'terraform' || t.kind !== 'block') return [];
  return [
    {
      id: 'add-log-types',
      title: `Turn on ${missing.join(', ')} audit logs`,
      safety: 'unsafe',
      ops: missing.map((m) => ({ op: 'set' as const, location: { target: t, path: [`${blockName}#${m}`, 'log_type'] }, value: lit(m) })),
    },
  ];
}

/** Adds a project audit configuration for all services (the provider's project). */
export function missingAuditConfigFix(model: CloudModel): PlannedFix[] {
  const values: [string[], FixValue][] = [[['service'], lit('allServices')], ...REQUIRED_LOG_TYPES.map((m): [string[], FixValue] => [[`audit_log_config#${m}`, 'log_type'], lit(m)])];
  return addResourcesFix(model, 'terraform', 'add-audit-config', 'Turn on audit logs for all services', 'unsafe', [{ terraform: { type: 'google_project_iam_audit_config', name: 'all_services', values } }]);
}
