// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-013',
  name: 'monitor-alert-sql-firewall-write',
  title: 'An activity log alert watches creating or updating SQL server firewall rules',
  cis: '6.1.2.7',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
  event: 'creating or updating SQL server firewall rules',
  label: 'sql_firewall_write',
  rationale:
    'A SQL server firewall rule opens the database to addresses on the internet. An alert on new or changed rules shows such an opening when it is made.',
});
