// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, Unknown } from '../../api';
import type { Attr } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-008',
    name: 'compute-shielded-vm',
    cis: ['4.8'],
    level: 2,
    concept: 'secure-configuration',
    title: 'VM instances keep Shielded VM vTPM and integrity monitoring on',
    severity: 'medium',
    description:
      'Instances and instance templates do not turn off `enable_vtpm` or `enable_integrity_monitoring` in `shielded_instance_config`. Both default to true when the block (or the setting) is absent, so only an explicit `false` is flagged; `enable_secure_boot` (default false) is recommended but not required by this check. The names are the same in the google and google-beta providers.',
    rationale:
      'The virtual TPM measures the boot chain and integrity monitoring compares it with a known-good baseline, so a rootkit or tampered bootloader shows up as an integrity failure. Turning either off removes that evidence.',
    remediation:
      'Remove the `false` settings (or set them to `true`) and use a Shielded VM image. The quick fix writes `true`; it is unsafe because the VM must be stopped to change its Shielded VM settings.',
    links: ['https://cloud.google.com/compute/shielded-vm/docs/shielded-vm', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config'],
    terraform: INSTANCE_TYPES,
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const settings: [Attr<boolean>, string][] = [
      [vm.attrs.shieldedVtpm, 'the virtual TPM (`enable_vtpm`)'],
      [vm.attrs.shieldedIntegrity, 'integrity monitoring (`enable_integrity_monitoring`)'],
    ];
    for (const [attr, what] of settings) {
      if (attr.value instanceof Unknown) {
        ctx.cannotVerify(attr, attr.value, `whether ${what} is on`);
        continue;
      }
      if (attr.value !== false) continue;
      ctx.report(attr, `The VM turns off ${what}, so boot-time tampering would go unnoticed.`, {
        fixes: attr.location ? [{ id: 'shielded-on', title: 'Turn Shielded VM protections on', safety: 'unsafe', ops: [{ op: 'set', location: attr.location, value: lit(true) }] }] : [],
      });
    }
  },
});
