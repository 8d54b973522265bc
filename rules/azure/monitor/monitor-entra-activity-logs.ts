// SPDX-License-Identifier: Apache-2.0
import { entraLogRule } from '../../lib/azure-entra';

export default entraLogRule({
  id: 'AZURE-MONITOR-006',
  name: 'monitor-entra-activity-logs',
  title: 'Microsoft Entra audit and sign-in logs are exported',
  cis: '6.1.1.8',
  categories: ['AuditLogs', 'SignInLogs'],
  what: 'the Entra audit and sign-in logs',
  rationale:
    'Sign-ins and directory changes (new users, role grants, app consents) are where an identity attack shows. Entra keeps them for 30 days at most; exported, they can be kept, searched together with the activity log and alerted on.',
});
