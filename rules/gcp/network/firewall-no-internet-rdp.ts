// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { firewallMeta } from '../../lib/gcp-firewall-meta';
import { checkInternetPort } from '../../lib/gcp-firewall';

export default defineCatalogRule({
  kind: 'gcp.compute.firewall',
  meta: firewallMeta({ id: 'GCP-NETWORK-002', name: 'firewall-no-internet-rdp', cis: '3.7', service: 'RDP', port: 3389, aliases: { checkov: ['CKV_GCP_3'], trivy: ['AVD-GCP-0070'] } }),
  check(fw, ctx) {
    checkInternetPort(fw, ctx, 3389, 'RDP (TCP 3389)');
  },
});
