// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-012',
  name: 'monitor-alert-security-solution-delete',
  title: 'An activity log alert watches deleting security solutions',
  cis: '6.1.2.6',
  operation: 'Microsoft.Security/securitySolutions/delete',
  event: 'deleting security solutions',
  label: 'security_solution_delete',
  rationale:
    'Removing a security solution is a classic step before an attack. An alert on its deletion gives the team the chance to react while it matters.',
});
