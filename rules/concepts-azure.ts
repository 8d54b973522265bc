// SPDX-License-Identifier: Apache-2.0
// Control concepts first needed by the Azure subscription-level rules (Defender for Cloud, activity log
// export and alerts, security contacts, flow logs). Like every concept (rules/concepts.ts) each is
// anchored on CIS AWS recommendations of the same control, so an Azure rule maps to SOC 2, NIST and CSF
// exactly as the AWS rule of that control does; ids the anchors' reference maps do not give are listed in
// `beyondMaps` and explained. Kept in their own file so concurrent additions to concepts.ts merge cleanly.

import type { ControlConcept } from './concepts';

export const AZURE_ACCOUNT_CONCEPTS = {
  'threat-detection': {
    name: 'threat detection service',
    soc2: ['CC3.1', 'CC6.8', 'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4'],
    nist: ['AU-6', 'CA-7', 'PM-14', 'PM-31'],
    csf: ['DE.AE-02', 'DE.AE-03', 'ID.RA-01', 'RS.MA-01'],
    reasoning:
      'A managed service watches the account\'s resources for threats and weaknesses and raises findings (Security Hub on AWS, the Microsoft Defender for Cloud plans on Azure). The ids are those the reference maps give the Security Hub recommendation, narrowed as the AWS rule narrows them to detection, risk review and triage.',
    anchors: [{ version: '5.0.0', id: '4.16' }],
    beyondMaps: [],
  },
  'activity-log-export': {
    name: 'account activity log kept',
    soc2: ['A1.2', 'CC2.1', 'CC7.2', 'PI1.3'],
    nist: ['AU-2', 'AU-3', 'AU-6', 'AU-12', 'CA-7', 'SI-4'],
    csf: ['ID.RA-05', 'DE.CM-01'],
    reasoning:
      'Every control-plane action in the account is recorded and kept outside the platform\'s short default retention (a multi-region CloudTrail trail; on Azure the activity log and the Entra audit and sign-in logs exported by a diagnostic setting). The ids are those the reference maps give the CloudTrail-in-all-regions recommendation, as the AWS rule carries them, plus CSF DE.CM-01 (networks and services monitored), our choice: the maps file the anchor under ID.RA-05 only, and an activity record is first of all monitoring of the service.',
    anchors: [{ version: '5.0.0', id: '3.1' }],
    beyondMaps: ['DE.CM-01'],
  },
  'activity-log-encryption': {
    name: 'exported activity logs encrypted with a managed key',
    soc2: ['CC6.1', 'CC6.2'],
    nist: ['AU-9', 'SC-13', 'SC-28'],
    csf: ['PR.DS-01'],
    reasoning:
      'The stored copy of the account activity log is encrypted with a key the organisation controls, so reading it needs a grant on that key too (CloudTrail logs with a KMS key; the storage account holding the Azure activity log with a customer-managed key). The ids the reference maps give the CloudTrail KMS recommendation, narrowed to protection of audit information and data at rest.',
    anchors: [{ version: '5.0.0', id: '3.5' }],
    beyondMaps: [],
  },
  'change-alerting': {
    name: 'alerts on security-relevant changes',
    soc2: ['CC7.2', 'CC7.3', 'CC7.4'],
    nist: ['AU-6', 'AU-12', 'CA-7', 'SI-4'],
    csf: ['DE.CM-01', 'ID.RA-05'],
    reasoning:
      'Changes to policy, network filtering, security solutions and exposure raise an alert someone receives (CloudWatch metric filters and alarms on AWS, activity log alerts on Azure). The AWS rules that monitor network changes (CIS AWS 4.11-4.14) and the GCP log metric rules carry these ids. The maps give the change-monitoring anchors CC5.2 and PI1.3 for SOC 2; CC7.2-CC7.4 (detecting, evaluating and responding to security events) come from the Security Hub anchor, whose maps name them, and NIST/CSF from the anchors\' own maps.',
    anchors: [{ version: '5.0.0', id: '4.10' }, { version: '5.0.0', id: '4.16' }, { version: '5.0.0', id: '3.1' }],
    beyondMaps: [],
  },
  'network-flow-logging': {
    name: 'network flow logging',
    soc2: ['CC6.6', 'CC7.2', 'CC7.3'],
    nist: ['AU-2', 'AU-3', 'AU-12', 'CA-7', 'SI-4'],
    csf: ['DE.CM-01', 'ID.AM-03'],
    reasoning:
      'Traffic in the account\'s networks is recorded and analysed (VPC flow logs; on Azure, flow logs with traffic analytics and a Network Watcher in each region used). The ids the reference maps give the VPC flow logging recommendation, as the AWS rule carries them.',
    anchors: [{ version: '5.0.0', id: '3.7' }],
    beyondMaps: [],
  },
  'security-contact': {
    name: 'security contact for the provider\'s notices',
    soc2: ['CC2.3', 'CC7.3'],
    nist: ['IR-6', 'IR-7'],
    csf: ['RS.CO-02'],
    reasoning:
      'The cloud provider knows whom to tell about a security event in the account (the AWS security alternate contact; the Defender for Cloud security contact on Azure). SOC 2 CC2.3 (communication with external parties) and CC7.3 (evaluating security events), NIST IR-6 (incident reporting) and IR-7 (incident response assistance), CSF RS.CO-02 (incidents reported to stakeholders): our choice, as the maps give the security contact recommendation no ids; the AWS rule carries the same.',
    anchors: [{ version: '5.0.0', id: '1.2' }],
    beyondMaps: ['CC2.3', 'CC7.3', 'IR-6', 'IR-7', 'RS.CO-02'],
  },
} as const satisfies Record<string, ControlConcept>;
