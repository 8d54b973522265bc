// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkKeyAlgorithm, keySpecMeta } from '../../lib/gcp-dnssec';

export default defineCatalogRule({
  kind: 'gcp.dns.managed-zone',
  meta: keySpecMeta({
    id: 'GCP-DNS-002',
    name: 'dns-ksk-not-rsasha1',
    cis: '3.4',
    keyWord: 'key-signing',
    keyType: 'keySigning',
    aliases: { checkov: ['CKV_GCP_17'], trivy: ['AVD-GCP-0012'] },
  }),
  check(zone, ctx) {
    checkKeyAlgorithm(zone, ctx, 'keySigning', 'key-signing');
  },
});
