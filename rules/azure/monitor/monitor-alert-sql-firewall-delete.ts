// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-014',
  name: 'monitor-alert-sql-firewall-delete',
  title: 'An activity log alert watches deleting SQL server firewall rules',
  cis: '6.1.2.8',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
  event: 'deleting SQL server firewall rules',
  label: 'sql_firewall_delete',
  rationale:
    'Deleting SQL firewall rules can cut off legitimate access or be part of covering tracks after a temporary opening. An alert keeps the change visible.',
});
