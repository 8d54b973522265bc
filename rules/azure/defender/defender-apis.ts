// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-002',
  name: 'defender-apis',
  title: "Microsoft Defender for APIs is on",
  cis: '8.1.2.1',
  level: 2,
  plan: 'Api',
  label: "Defender for APIs",
  description: "The subscription turns on Defender for APIs, which protects APIs published through Azure API Management.",
  rationale:
    "APIs are a direct path to data. Defender for APIs inventories the published APIs, flags those without authentication or exposed to the internet, and detects abuse such as credential stuffing or data exfiltration patterns in their traffic.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-apis-introduction'],
});
