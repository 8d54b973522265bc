// SPDX-License-Identifier: Apache-2.0
import { activityAlertRule } from '../../lib/azure-alerts';

export default activityAlertRule({
  id: 'AZURE-MONITOR-017',
  name: 'monitor-alert-service-health',
  title: 'An activity log alert watches Service Health events',
  cis: '6.1.2.11',
  category: 'ServiceHealth',
  event: 'Service Health events',
  label: 'service_health',
  rationale:
    'Azure reports outages, planned maintenance and security advisories affecting the subscription as Service Health events. An alert on them tells the team about an incident on the platform side before users do.',
});
