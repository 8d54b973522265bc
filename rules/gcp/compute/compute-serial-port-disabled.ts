// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta, INSTANCE_TYPES, metadataFix, metadataKey } from '../../lib/gcp';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-005',
    name: 'compute-serial-port-disabled',
    cis: ['4.5'],
    level: 1,
    concept: 'control-plane-exposure',
    title: 'VM instances do not accept interactive serial console connections',
    severity: 'medium',
    description:
      'Instances and instance templates do not set `serial-port-enable` to a true value (`true`, `TRUE`, `1`, `yes`) in `metadata`; absent, the serial console is off. A `metadata` map built by an expression is reported as "cannot verify". The name is the same in the google and google-beta providers.',
    rationale:
      'The interactive serial console accepts connections from any address and is not filtered by VPC firewall rules; anyone who holds a valid key for the VM can reach it there, bypassing the network controls that protect SSH.',
    remediation:
      'Remove `serial-port-enable` from the VM\'s metadata or set it to `"false"`; turn it on only while debugging a VM that cannot boot. The quick fix writes `"false"` (safe: normal SSH access is unchanged).',
    links: ['https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_35'] },
    fix: 'safe',
  }),
  check(vm, ctx) {
    const metadata = vm.attrs.metadata;
    const key = metadataKey(metadata, 'serial-port-enable');
    if (key.state === 'unknown') {
      ctx.cannotVerify(metadata, key.unknown, 'whether the VM\'s serial console is enabled');
      return;
    }
    if (key.state !== 'known' || key.value !== true) return;
    ctx.report(metadata, `The VM accepts interactive serial console connections (\`serial-port-enable\` is ${show(key.written)}).`, {
      fixes: metadataFix(metadata, 'serial-port-enable', 'false', 'serial-off', 'Turn the serial console off', 'safe'),
    });
  },
});
