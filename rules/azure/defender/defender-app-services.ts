// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-010',
  name: 'defender-app-services',
  title: "Microsoft Defender for App Service is on",
  cis: '8.1.6.1',
  level: 2,
  plan: 'AppServices',
  label: "Defender for App Service",
  description: "The subscription turns on Defender for App Service for its web apps and function apps.",
  rationale:
    "Web applications face the internet. Defender for App Service watches the requests and the App Service instances for attack patterns, dangling DNS entries and attempts to run code on the workers.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-app-service-introduction'],
});
