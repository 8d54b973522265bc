// SPDX-License-Identifier: Apache-2.0
import { contactRule } from '../../lib/azure-contact';

export default contactRule({
  id: 'AZURE-DEFENDER-018',
  name: 'defender-contact-email',
  title: 'A security contact email is configured',
  cis: '8.1.13',
  setting: 'email',
  written: 'email',
  problem: 'no usable `email` (none written, or not an address): alerts have no mailbox to go to',
  description: 'The Defender for Cloud security contact has an email address (`email`; a literal must contain an @, a value from a variable counts as configured).',
  rationale:
    'Defender for Cloud and Microsoft\'s security response team write to this address about alerts and about compromised resources. A team mailbox that is watched means the message reaches people who can act, whoever is on leave.',
});
