// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, list, setFix, Unknown } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';
import { DEFAULT_SCOPES, isDefaultAccount, isFullAccessScope } from '../../lib/gcp-compute';

/** The scopes without the full-access one, plus Compute Engine's default set (each once). */
function narrowed(items: unknown[]): string[] {
  const kept = items.filter((s): s is string => typeof s === 'string' && !isFullAccessScope(s));
  return [...kept, ...DEFAULT_SCOPES.filter((d) => !kept.includes(d))];
}

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-002',
    name: 'compute-no-full-api-scope',
    cis: ['4.2'],
    level: 1,
    concept: 'least-privilege',
    title: 'VM instances on the default service account do not have full access to all Cloud APIs',
    severity: 'high',
    description:
      'An instance or instance template whose `service_account` is the default compute account (no `email`, the `<number>-compute@developer.gserviceaccount.com` address or the `google_compute_default_service_account` data source) does not list the `cloud-platform` scope (short or `https://www.googleapis.com/auth/cloud-platform` form) in `scopes`. The names are the same in the google and google-beta providers.',
    rationale:
      'Access scopes are the only limit on the default account besides its IAM roles, which are often Editor. With `cloud-platform` every API is open to any code on the VM, so one compromised process can read and change most of the project.',
    remediation:
      'Give the VM a dedicated service account with narrow roles (GCP-COMPUTE-001), or list only the scopes the workload uses. The quick fix replaces `cloud-platform` with Compute Engine\'s default set (storage read-only, logging, monitoring, service control, trace) and keeps the other scopes listed; it is unsafe because calls the workload made through other APIs will fail.',
    links: ['https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#scopes'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_31'] },
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const accounts = vm.lists.serviceAccounts;
    if (accounts.unknown) ctx.cannotVerify(vm, accounts.unknown, 'which service account and scopes the VM has');
    for (const account of accounts.items) {
      const scopes = account.attrs.scopes;
      const values = scopes.value;
      if (values instanceof Unknown) {
        ctx.cannotVerify(scopes, values, 'the access scopes of the VM');
        continue;
      }
      const items = Array.isArray(values) ? (values as unknown[]) : [];
      const full = items.some((s) => typeof s === 'string' && isFullAccessScope(s));
      const unknownScope = items.find((s): s is Unknown => s instanceof Unknown);
      if (!full) {
        if (unknownScope) ctx.cannotVerify(scopes, unknownScope, 'the access scopes of the VM');
        continue;
      }
      const isDefault = isDefaultAccount(account.attrs.email);
      if (isDefault instanceof Unknown) {
        ctx.cannotVerify(account.attrs.email, isDefault, 'whether the VM with the cloud-platform scope runs as the default compute service account');
        continue;
      }
      if (!isDefault) continue;
      ctx.report(scopes, 'The VM runs as the default compute service account with the `cloud-platform` scope, so it can call every Cloud API its roles allow.', {
        fixes: setFix('default-scopes', 'Use the default access scopes', 'unsafe', [scopes, list(...narrowed(items).map((s) => lit(s)))]),
      });
    }
  },
});
