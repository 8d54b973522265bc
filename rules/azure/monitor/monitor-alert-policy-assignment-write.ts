// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-007',
  name: 'monitor-alert-policy-assignment-write',
  title: 'An activity log alert watches creating or updating policy assignments',
  cis: '6.1.2.1',
  operation: 'Microsoft.Authorization/policyAssignments/write',
  event: 'creating or updating policy assignments',
  label: 'policy_assignment_write',
  rationale:
    'Policy assignments decide which guardrails apply. An alert when one is created or changed shows who altered the rules the subscription is held to, and catches an exemption slipped in to make way for something else.',
});
