// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-015',
  name: 'defender-key-vault',
  title: "Microsoft Defender for Key Vault is on",
  cis: '8.1.8.1',
  level: 2,
  plan: 'KeyVaults',
  label: "Defender for Key Vault",
  description: "The subscription turns on Defender for Key Vault for its vaults.",
  rationale:
    "Key vaults hold the secrets that unlock everything else. Defender for Key Vault detects unusual access to them (from unfamiliar locations, by unusual identities, bulk listing of secrets) so a stolen credential is noticed while it is being used.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-key-vault-introduction'],
  aliases: { checkov: ["CKV_AZURE_87"] },
});
