// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-012',
    name: 'compute-boot-disk-csek',
    cis: ['4.7'],
    level: 2,
    concept: 'encryption-at-rest-customer-key',
    title: 'VM boot disks are encrypted with a customer-supplied key',
    severity: 'low',
    description:
      'The `boot_disk` of a `google_compute_instance` sets `disk_encryption_key_raw` or `disk_encryption_key_rsa` (a customer-supplied key). A KMS key (`kms_key_self_link`) does not meet this Level 2 recommendation. Instance templates are not checked: they cannot carry a supplied key. The benchmark asks this of critical VMs, which code cannot tell apart, so every instance is checked; suppress the finding with a justification on the others. Separate disks are GCP-COMPUTE-011.',
    rationale:
      'With a supplied key Google does not keep the key: the boot disk can be read only while someone who holds it provides it, so a copy taken out of the project yields nothing readable.',
    remediation:
      'Set `disk_encryption_key_raw = var.boot_disk_csek` in `boot_disk` (a base64 256-bit key passed at apply time from a secret store, never written in code). The quick fix adds it with a variable to fill in; it is unsafe because the VM is recreated.',
    links: ['https://cloud.google.com/compute/docs/disks/customer-supplied-encryption', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#disk_encryption_key_raw'],
    terraform: ['google_compute_instance'],
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    if (vm.sourceType !== 'google_compute_instance') return;
    const raw = vm.attrs.bootDiskRawKey;
    if (raw.present || vm.attrs.bootDiskRsaKey.present) return;
    ctx.report(raw, 'The boot disk is not encrypted with a customer-supplied key (CSEK).', {
      fixes: setFix('csek', 'Encrypt the boot disk with a customer-supplied key', 'unsafe', [raw, placeholder(vm, 'boot_disk_csek', 'Base64 256-bit customer-supplied encryption key of the boot disk (pass it at apply time; never commit it)')]),
    });
  },
});
