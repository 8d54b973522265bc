// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkKeyAlgorithm, keySpecMeta } from '../../lib/gcp-dnssec';

export default defineCatalogRule({
  kind: 'gcp.dns.managed-zone',
  meta: keySpecMeta({
    id: 'GCP-DNS-003',
    name: 'dns-zsk-not-rsasha1',
    cis: '3.5',
    keyWord: 'zone-signing',
    keyType: 'zoneSigning',
    aliases: { checkov: ['CKV_GCP_17'], trivy: ['AVD-GCP-0012'] },
  }),
  check(zone, ctx) {
    checkKeyAlgorithm(zone, ctx, 'zoneSigning', 'zone-signing');
  },
});
