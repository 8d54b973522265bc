// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-008',
  name: 'monitor-alert-policy-assignment-delete',
  title: 'An activity log alert watches deleting policy assignments',
  cis: '6.1.2.2',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
  event: 'deleting policy assignments',
  label: 'policy_assignment_delete',
  rationale:
    'Deleting a policy assignment silently removes a guardrail. An alert makes the removal visible at once, before resources that the policy would have blocked are created.',
});
