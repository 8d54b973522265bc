// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-006',
  name: 'defender-agentless-scanning',
  title: "Defender for Servers scans machines without an agent",
  cis: '8.1.3.4',
  level: 2,
  plan: 'VirtualMachines',
  label: "Agentless scanning for machines",
  extension: 'AgentlessVmScanning',
  description: "The Defender for Servers plan has its agentless scanning component on (`AgentlessVmScanning`).",
  rationale:
    "Agentless scanning reads disk snapshots to find vulnerable software, malware and secrets on every machine, including those where no agent could be installed or where the agent stopped reporting, so coverage does not depend on each machine being set up right.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/concept-agentless-data-collection'],
});
