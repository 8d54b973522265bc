// SPDX-License-Identifier: Apache-2.0
import { defenderPlanRule } from '../../lib/azure-defender';

export default defenderPlanRule({
  id: 'AZURE-DEFENDER-007',
  name: 'defender-file-integrity-monitoring',
  title: "Defender for Servers monitors file integrity",
  cis: '8.1.3.5',
  level: 2,
  plan: 'VirtualMachines',
  label: "File integrity monitoring",
  extension: 'FileIntegrityMonitoring',
  description: "The Defender for Servers plan has its file integrity monitoring component on (`FileIntegrityMonitoring`).",
  rationale:
    "Tampering with system files, registry keys and configuration is how attackers persist and hide on a machine. File integrity monitoring records such changes on the protected machines so they can be reviewed and alerted on.",
  links: ['https://learn.microsoft.com/azure/defender-for-cloud/file-integrity-monitoring-overview'],
});
