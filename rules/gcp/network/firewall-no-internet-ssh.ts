// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { firewallMeta } from '../../lib/gcp-firewall-meta';
import { checkInternetPort } from '../../lib/gcp-firewall';

export default defineCatalogRule({
  kind: 'gcp.compute.firewall',
  meta: firewallMeta({ id: 'GCP-NETWORK-001', name: 'firewall-no-internet-ssh', cis: '3.6', service: 'SSH', port: 22, aliases: { checkov: ['CKV_GCP_2'], trivy: ['AVD-GCP-0071'] } }),
  check(fw, ctx) {
    checkInternetPort(fw, ctx, 22, 'SSH (TCP 22)');
  },
});
