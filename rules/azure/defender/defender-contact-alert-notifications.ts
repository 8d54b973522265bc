// SPDX-License-Identifier: Apache-2.0
import { contactRule } from '../../lib/azure-contact';

export default contactRule({
  id: 'AZURE-DEFENDER-019',
  name: 'defender-contact-alert-notifications',
  title: 'The security contact is notified about alerts',
  cis: '8.1.14',
  setting: 'alertNotifications',
  written: 'alert_notifications',
  problem: 'no `alert_notifications = true`: no alert email is sent',
  description: 'The Defender for Cloud security contact receives alert emails (`alert_notifications = true`; the severity threshold, high by default, is not an azurerm argument).',
  rationale:
    'Alerts nobody reads do not stop an attack. Email notification puts new high-severity alerts in front of the security contact without anyone having to open the portal.',
});
