// SPDX-License-Identifier: Apache-2.0
import { entraLogRule } from '../../lib/azure-entra';

export default entraLogRule({
  id: 'AZURE-MONITOR-019',
  name: 'monitor-entra-graph-activity-logs',
  title: 'Microsoft Graph activity logs are exported',
  cis: '6.1.1.7',
  categories: ['MicrosoftGraphActivityLogs'],
  what: 'the Microsoft Graph activity logs',
  rationale:
    'Applications and scripts read and change the directory through Microsoft Graph. Its activity log records each of those calls, which is how data harvesting by a compromised app or token is found; it is only available when exported.',
});
