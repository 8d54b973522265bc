// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-014',
  name: 'defender-sql-on-machines',
  title: "Microsoft Defender for SQL servers on machines is on",
  cis: '8.1.7.4',
  level: 2,
  plan: 'SqlServerVirtualMachines',
  label: "Defender for SQL servers on machines",
  description: "The subscription turns on Defender for SQL servers on machines (SQL Server on Azure VMs and Arc machines).",
  rationale:
    "SQL Server installed on a virtual machine is outside the Azure SQL service and its protections. This plan brings the same vulnerability assessment and threat detection to those instances.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-usage'],
});
