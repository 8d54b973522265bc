// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-011',
  name: 'defender-cosmosdb',
  title: "Microsoft Defender for Azure Cosmos DB is on",
  cis: '8.1.7.1',
  level: 2,
  plan: 'CosmosDbs',
  label: "Defender for Azure Cosmos DB",
  description: "The subscription turns on Defender for Azure Cosmos DB for its Cosmos DB accounts.",
  rationale:
    "Defender for Azure Cosmos DB detects SQL injection attempts, access from unusual locations and suspicious data extraction on Cosmos DB accounts, threats the database does not flag by itself.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/concept-defender-for-cosmos'],
});
