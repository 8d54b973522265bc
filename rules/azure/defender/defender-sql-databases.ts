// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-013',
  name: 'defender-sql-databases',
  title: "Microsoft Defender for Azure SQL Databases is on",
  cis: '8.1.7.3',
  level: 2,
  plan: 'SqlServers',
  label: "Defender for Azure SQL Databases",
  description: "The subscription turns on Defender for Azure SQL (databases, elastic pools, managed instances and Synapse SQL).",
  rationale:
    "Defender for Azure SQL runs vulnerability assessments of the databases and detects SQL injection, brute force and unusual access, so attacks on the data tier raise an alert instead of going unseen.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-introduction'],
});
