// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-016',
  name: 'defender-resource-manager',
  title: "Microsoft Defender for Resource Manager is on",
  cis: '8.1.9.1',
  level: 2,
  plan: 'Arm',
  label: "Defender for Resource Manager",
  description: "The subscription turns on Defender for Resource Manager, which watches management operations on the subscription.",
  rationale:
    "Every change to Azure resources goes through Resource Manager. This plan detects suspicious management activity (operations from malicious addresses, disabled logging, mass deletions, use of exploitation toolkits) across all of them.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-resource-manager-introduction'],
});
