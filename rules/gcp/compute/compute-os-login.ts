// SPDX-License-Identifier: Apache-2.0
// CIS GCP 4.4 has two sides: the project turns OS Login on (project metadata), and no VM turns it off
// again in its own metadata. This rule is the VM side; GCP-COMPUTE-009 is the project side.
import { defineCatalogRule } from '../../api';
import { gcpMeta, INSTANCE_TYPES, metadataFix, metadataKey } from '../../lib/gcp';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-004',
    name: 'compute-os-login',
    cis: ['4.4'],
    level: 1,
    concept: 'authenticated-interfaces',
    title: 'VM instances do not turn OS Login off',
    severity: 'medium',
    description:
      'Instances and instance templates do not set `enable-oslogin` to a false value (`false`, `FALSE`, `0`, `no`) in `metadata`, which would override the project\'s OS Login setting. Leaving the key out (the project decides) or setting it true passes. The project side is GCP-COMPUTE-009. The name is the same in the google and google-beta providers.',
    rationale:
      'OS Login ties SSH access to Google identities and IAM roles, so access is granted, audited and revoked centrally. A VM that turns it off goes back to metadata SSH keys, which nobody reviews and which stay valid after the person leaves.',
    remediation:
      'Remove `enable-oslogin` from the VM\'s metadata (or set it to `"TRUE"`) and grant `roles/compute.osLogin` to the people who need access. The quick fix writes `"TRUE"` (unsafe: users who log in with metadata keys need OS Login roles first).',
    links: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata'],
    terraform: INSTANCE_TYPES,
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const metadata = vm.attrs.metadata;
    const key = metadataKey(metadata, 'enable-oslogin');
    if (key.state === 'unknown') {
      ctx.cannotVerify(metadata, key.unknown, 'whether the VM turns OS Login off');
      return;
    }
    if (key.state !== 'known' || key.value !== false) return;
    ctx.report(metadata, `The VM turns OS Login off (\`enable-oslogin\` is ${show(key.written)}), so it accepts metadata SSH keys instead of IAM-controlled logins.`, {
      fixes: metadataFix(metadata, 'enable-oslogin', 'TRUE', 'oslogin-on', 'Turn OS Login on', 'unsafe'),
    });
  },
});
