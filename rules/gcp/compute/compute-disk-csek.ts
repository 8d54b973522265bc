// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.compute.disk',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-011',
    name: 'compute-disk-csek',
    cis: ['4.7'],
    level: 2,
    concept: 'encryption-at-rest-customer-key',
    title: 'Persistent disks are encrypted with a customer-supplied key',
    severity: 'low',
    description:
      '`google_compute_disk` and `google_compute_region_disk` resources set `disk_encryption_key` with `raw_key` or `rsa_encrypted_key` (a customer-supplied key, CSEK). A Cloud KMS key (`kms_key_self_link`) is a customer-managed key, not a supplied one, and does not meet this Level 2 recommendation; Google-managed encryption does not either. The benchmark asks this of critical VMs\' disks, which code cannot tell apart, so every disk is checked: suppress the finding with a justification on the others. Boot disks of instances are GCP-COMPUTE-012.',
    rationale:
      'With a supplied key Google does not keep the key: the disk can be read only while someone who holds it provides it, so a disk or snapshot taken out of the project, or a request under legal compulsion, yields nothing readable.',
    remediation:
      'Set `disk_encryption_key { raw_key = var.disk_csek }` (a base64 256-bit key, kept in a secret store and passed at apply time, never written in code) or `rsa_encrypted_key`. The quick fix adds the block with a variable to fill in (not on disks that name a KMS key); it is unsafe because the disk is recreated and the key must be supplied on every later start.',
    links: ['https://cloud.google.com/compute/docs/disks/customer-supplied-encryption', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key'],
    terraform: ['google_compute_disk', 'google_compute_region_disk'],
    fix: 'unsafe',
  }),
  check(disk, ctx) {
    const raw = disk.attrs.rawKey;
    const rsa = disk.attrs.rsaKey;
    if (raw.present || rsa.present) {
      // A key from a variable with no value is still a supplied key: only null would leave it out.
      return;
    }
    const kms = disk.attrs.kmsKey;
    if (kms.present) {
      // A KMS key and a supplied key exclude each other: changing one for the other is the user's decision.
      ctx.report(kms, 'The disk is encrypted with a Cloud KMS key, not a customer-supplied key (CSEK).', {});
      return;
    }
    ctx.report(raw, 'The disk is encrypted with a Google-managed key, not a customer-supplied key (CSEK).', {
      fixes: setFix('csek', 'Encrypt with a customer-supplied key', 'unsafe', [raw, placeholder(disk, 'disk_csek', 'Base64 256-bit customer-supplied encryption key of the disk (pass it at apply time; never commit it)')]),
    });
  },
});
