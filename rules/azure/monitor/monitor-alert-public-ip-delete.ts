// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-016',
  name: 'monitor-alert-public-ip-delete',
  title: 'An activity log alert watches deleting public IP addresses',
  cis: '6.1.2.10',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
  event: 'deleting public IP addresses',
  label: 'public_ip_delete',
  rationale:
    'Deleting a public IP address can break services or free an address that DNS records still point to. An alert lets the team check the change.',
});
