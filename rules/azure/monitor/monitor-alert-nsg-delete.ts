// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-010',
  name: 'monitor-alert-nsg-delete',
  title: 'An activity log alert watches deleting network security groups',
  cis: '6.1.2.4',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
  event: 'deleting network security groups',
  label: 'nsg_delete',
  rationale:
    'Deleting a network security group removes the filtering of every subnet and interface it was attached to. An alert lets the team check that the removal was intended.',
});
