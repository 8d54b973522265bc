// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-012',
  name: 'defender-open-source-databases',
  title: "Microsoft Defender for open-source relational databases is on",
  cis: '8.1.7.2',
  level: 2,
  plan: 'OpenSourceRelationalDatabases',
  label: "Defender for open-source relational databases",
  description: "The subscription turns on Defender for open-source relational databases (Azure Database for PostgreSQL, MySQL and MariaDB).",
  rationale:
    "Brute-force logins, access from unusual places and suspicious queries against PostgreSQL and MySQL servers are detected and alerted on, which the managed database services do not do themselves.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-databases-introduction'],
});
