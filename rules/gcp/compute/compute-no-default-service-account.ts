// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, localName, Unknown } from '../../api';
import type { Attr, CatalogResource, PlannedFix } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';
import { isDefaultAccount } from '../../lib/gcp-compute';

/** A service account id from the VM's name: 6-30 lower-case letters, digits and hyphens, starting with a letter. */
function accountId(name: string): string {
  let id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '');
  id = `${id || 'vm'}-sa`.slice(0, 30).replace(/-+$/, '');
  return id.length >= 6 ? id : `${id}-vm-sa`;
}

/** A dedicated `google_service_account` for the VM, written after it, and the VM's email pointed at it. */
function ownAccount(vm: CatalogResource, email: Attr<unknown>): PlannedFix[] {
  const t = vm.target;
  if (t.platform !== 'terraform' || t.kind !== 'block' || !email.location) return [];
  const name = localName(vm).replace(/\[.*$/, '');
  return [
    {
      id: 'own-account',
      title: 'Run the VM as a dedicated service account',
      safety: 'unsafe',
      ops: [
        { op: 'create', target: { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType: 'google_service_account', name, preamble: [] }, values: [[['account_id'], lit(accountId(name))], [['display_name'], lit(`Service account of ${vm.address}`)]] },
        { op: 'set', location: email.location, value: { kind: 'reference', terraform: `google_service_account.${name}.email`, cloudformation: { ref: name } } },
      ],
    },
  ];
}

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-001',
    name: 'compute-no-default-service-account',
    cis: ['4.1'],
    level: 1,
    concept: 'least-privilege',
    title: 'VM instances do not run as the default compute service account',
    severity: 'medium',
    description:
      'The `service_account` block of instances and instance templates names a dedicated account. A block without `email`, an email of the form `<project-number>-compute@developer.gserviceaccount.com` and the email of the `google_compute_default_service_account` data source all mean the default compute service account and are flagged. A VM with no `service_account` block has no account and passes. The names are the same in the google and google-beta providers.',
    rationale:
      'The default compute service account is shared by every VM that does not choose another, and in many projects it still holds the Editor role. Code on any of those VMs can then act on most of the project; a dedicated account per workload keeps what a compromised VM can reach to what that workload needs.',
    remediation:
      'Create a service account for the workload (`google_service_account`), grant it only the roles it needs, and set `service_account { email = google_service_account.app.email }`. The quick fix adds a `google_service_account` named after the VM and points the VM at it; grant it the roles the workload needs (unsafe: the VM restarts with no project roles until you do).',
    links: ['https://cloud.google.com/compute/docs/access/service-accounts#default_service_account', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_30'] },
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const accounts = vm.lists.serviceAccounts;
    if (accounts.unknown) ctx.cannotVerify(vm, accounts.unknown, 'which service account the VM runs as');
    for (const account of accounts.items) {
      const email = account.attrs.email;
      const isDefault = isDefaultAccount(email);
      if (isDefault instanceof Unknown) {
        ctx.cannotVerify(email, isDefault, 'whether the VM runs as the default compute service account');
        continue;
      }
      if (!isDefault) continue;
      const message = email.present ? 'The VM runs as the default compute service account, which every VM without its own account shares.' : 'The `service_account` block names no `email`, so the VM runs as the default compute service account.';
      ctx.report(email, message, { fixes: ownAccount(vm, email) });
    }
  },
});
