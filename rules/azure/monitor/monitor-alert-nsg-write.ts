// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-009',
  name: 'monitor-alert-nsg-write',
  title: 'An activity log alert watches creating or updating network security groups',
  cis: '6.1.2.3',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
  event: 'creating or updating network security groups',
  label: 'nsg_write',
  rationale:
    'Network security groups are the firewall of virtual networks. An alert on their creation or change shows new openings to the network as they happen, rather than at the next review.',
});
