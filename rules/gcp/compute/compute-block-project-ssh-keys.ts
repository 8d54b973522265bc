// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta, INSTANCE_TYPES, metadataFix, metadataKey } from '../../lib/gcp';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-003',
    name: 'compute-block-project-ssh-keys',
    cis: ['4.3'],
    level: 1,
    concept: 'authenticated-interfaces',
    title: 'VM instances block project-wide SSH keys',
    severity: 'medium',
    description:
      'Instances and instance templates set `block-project-ssh-keys = "true"` in `metadata`. Without it (or with a false value) every SSH key in the project\'s metadata opens the VM. Compute Engine reads the value case-insensitively (`true`, `TRUE`, `1`, `yes`). A `metadata` map built by an expression is reported as "cannot verify". The names are the same in the google and google-beta providers.',
    rationale:
      'Project-wide SSH keys are accepted by every VM of the project that does not block them, so one leaked key, or one person given a key for one machine, reaches all of them. Blocking them limits SSH to the keys (or OS Login identities) meant for this VM.',
    remediation:
      'Add `block-project-ssh-keys = "true"` to the VM\'s `metadata`, and give access through OS Login or instance-level keys. The quick fix adds the key to the map (unsafe: people who log in with project-wide keys lose access).',
    links: ['https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_32'] },
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const metadata = vm.attrs.metadata;
    const key = metadataKey(metadata, 'block-project-ssh-keys');
    if (key.state === 'unknown') {
      ctx.cannotVerify(metadata, key.unknown, 'whether the VM blocks project-wide SSH keys');
      return;
    }
    if (key.state === 'known' && key.value === true) return;
    const message = key.state === 'absent' ? 'The VM accepts project-wide SSH keys: its metadata does not set `block-project-ssh-keys`.' : `The VM accepts project-wide SSH keys: \`block-project-ssh-keys\` is ${show(key.written)}.`;
    ctx.report(metadata, message, { fixes: metadataFix(metadata, 'block-project-ssh-keys', 'true', 'block-keys', 'Block project-wide SSH keys', 'unsafe') });
  },
});
