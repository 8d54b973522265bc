// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-001',
  name: 'defender-cspm',
  title: "Microsoft Defender CSPM is on",
  cis: '8.1.1.1',
  level: 2,
  plan: 'CloudPosture',
  label: "Defender CSPM",
  description: "The subscription turns on the Defender Cloud Security Posture Management plan.",
  rationale:
    "The free foundational posture checks only list misconfigurations. The CSPM plan adds attack path analysis, agentless discovery of secrets and vulnerabilities, and governance rules, so the riskiest combinations of exposure and weakness are found before someone else finds them.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/concept-cloud-security-posture-management'],
});
