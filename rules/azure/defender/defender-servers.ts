// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-003',
  name: 'defender-servers',
  title: "Microsoft Defender for Servers is on",
  cis: '8.1.3.1',
  level: 2,
  plan: 'VirtualMachines',
  label: "Defender for Servers",
  description: "The subscription turns on Defender for Servers for its virtual machines, scale sets and Arc machines.",
  rationale:
    "Virtual machines run code an attacker can reach: Defender for Servers brings endpoint detection and response, vulnerability findings and alerts on suspicious process, network and login activity, which the platform does not provide on its own.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-introduction'],
});
