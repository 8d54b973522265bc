// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-015',
  name: 'monitor-alert-public-ip-write',
  title: 'An activity log alert watches creating or updating public IP addresses',
  cis: '6.1.2.9',
  operation: 'Microsoft.Network/publicIPAddresses/write',
  event: 'creating or updating public IP addresses',
  label: 'public_ip_write',
  rationale:
    'Each new public IP address is a new way in from the internet. An alert on their creation keeps the exposed surface known.',
});
