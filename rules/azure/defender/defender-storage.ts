// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-009',
  name: 'defender-storage',
  title: "Microsoft Defender for Storage is on",
  cis: '8.1.5.1',
  level: 2,
  plan: 'StorageAccounts',
  label: "Defender for Storage",
  description: "The subscription turns on Defender for Storage for its storage accounts.",
  rationale:
    "Storage accounts hold the data attackers want. Defender for Storage detects unusual access, data exfiltration and uploads of malware, and can scan uploaded blobs, so misuse of a leaked key or SAS token is noticed.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-storage-introduction'],
});
