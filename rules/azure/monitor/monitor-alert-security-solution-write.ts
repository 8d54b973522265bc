// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-011',
  name: 'monitor-alert-security-solution-write',
  title: 'An activity log alert watches creating or updating security solutions',
  cis: '6.1.2.5',
  operation: 'Microsoft.Security/securitySolutions/write',
  event: 'creating or updating security solutions',
  label: 'security_solution_write',
  rationale:
    'Security solutions (partner firewalls, endpoint protection integrations) are part of the defences. An alert on their change catches a solution reconfigured to see less.',
});
