// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-008',
  name: 'defender-containers',
  title: "Microsoft Defender for Containers is on",
  cis: '8.1.4.1',
  level: 2,
  plan: 'Containers',
  label: "Defender for Containers",
  description: "The subscription turns on Defender for Containers for its Kubernetes clusters and container registries.",
  rationale:
    "Clusters and images change constantly. Defender for Containers scans registry images for vulnerabilities, hardens cluster configuration and detects runtime threats in the cluster, which neither AKS nor the registry does by itself.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction'],
});
