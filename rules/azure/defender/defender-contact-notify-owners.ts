// SPDX-License-Identifier: Apache-2.0
import { contactRule } from '../../lib/azure-contact';

export default contactRule({
  id: 'AZURE-DEFENDER-017',
  name: 'defender-contact-notify-owners',
  title: 'Security alerts are also sent to subscription owners',
  cis: '8.1.12',
  setting: 'alertsToAdmins',
  written: 'alerts_to_admins',
  problem: 'no `alerts_to_admins = true`: subscription owners are not told about alerts',
  description: 'The Defender for Cloud security contact sends alert emails to the subscription\'s owners too (`alerts_to_admins = true`).',
  rationale:
    'Owners can act on a subscription at once: revoke access, stop a resource, call in help. Sending alerts to them as well as to a shared mailbox means a serious alert is seen by someone with the rights to respond, even when the mailbox is not watched.',
});
