// SPDX-License-Identifier: Apache-2.0
// Named control concepts: what a rule evidences when no CIS recommendation covers it (or covers only its
// CIS part), with the SOC 2 / NIST SP 800-53 r5 / NIST CSF 2.0 ids that concept stands for and why. A rule
// names its concept (`...byConcept('encryption-in-transit')` in its meta) instead of typing ids, so rules
// evidencing the same thing map the same way and the mapping note is generated from one place.
//
// Checked against ../shared/reference/compliance by test/rules/concepts.test.ts: every anchor is a CIS AWS
// recommendation of the reference data, and every id either appears in the reference maps of the anchors
// (the tools that implement those CIS checks file them there) or is listed in `beyondMaps`: our own
// judgement, explained in `reasoning`.

import type { CisFrameworkKey, FrameworkKey } from './api';
import { AZURE_ACCOUNT_CONCEPTS } from './concepts-azure';

export interface ControlConcept {
  /** How the generated mapping note names the concept. */
  name: string;
  /** SOC 2 (2017 TSC) criteria, NIST SP 800-53 r5 controls, NIST CSF 2.0 subcategories, in the order docs list them. */
  soc2: readonly string[];
  nist: readonly string[];
  csf: readonly string[];
  /** Why these ids (our words). */
  reasoning: string;
  /** CIS AWS recommendations (reference data version and id) that embody the concept. */
  anchors: readonly { version: string; id: string }[];
  /** Ids the reference maps do not give any anchor: chosen by judgement (see `reasoning`). */
  beyondMaps: readonly string[];
}

export const CONCEPTS = {
  ...AZURE_ACCOUNT_CONCEPTS,
  'encryption-in-transit': {
    name: 'encryption in transit',
    soc2: ['CC6.7'],
    nist: ['SC-8', 'SC-13'],
    csf: ['PR.DS-02'],
    reasoning:
      'Data crossing a network is protected by encryption (TLS, HTTPS-only policies, strong ciphers). SOC 2 CC6.7 covers protecting information while it is transmitted; NIST SC-8 (transmission confidentiality and integrity) with SC-13 (cryptographic protection); CSF PR.DS-02 (data in transit). The reference maps file the anchor (deny plain HTTP to S3) under CC6.1/CC6.2 and PR.DS-01 only, so CC6.7 and PR.DS-02 are our choice: they name transmission specifically.',
    anchors: [{ version: '5.0.0', id: '2.1.1' }],
    beyondMaps: ['CC6.7', 'PR.DS-02'],
  },
  'audit-logging': {
    name: 'audit logging of service access',
    soc2: ['CC7.2'],
    nist: ['AU-2', 'AU-12'],
    csf: ['DE.CM-01'],
    reasoning:
      'A service records who accessed it and what they did (access logs, audit logs), so activity can be reviewed and investigated. SOC 2 CC7.2 (monitoring system components for anomalies); NIST AU-2 (event logging) and AU-12 (audit record generation); CSF DE.CM-01 (networks and services monitored). All of them are in the reference maps of the CloudTrail and flow log recommendations.',
    anchors: [{ version: '5.0.0', id: '3.1' }, { version: '5.0.0', id: '3.7' }],
    beyondMaps: [],
  },
  'encryption-at-rest': {
    name: 'encryption at rest',
    soc2: ['CC6.1', 'C1.1'],
    nist: ['SC-13', 'SC-28'],
    csf: ['PR.DS-01'],
    reasoning:
      'Stored data is encrypted, so storage media, snapshots and backups do not expose it. SOC 2 CC6.1 (logical access protections, including encryption) and C1.1 (confidential information protected); NIST SC-28 (protection of information at rest) with SC-13; CSF PR.DS-01 (data at rest). C1.1 is our addition: the maps give the EBS/RDS anchors only CC6.1/CC6.2/PI1.5.',
    anchors: [{ version: '5.0.0', id: '2.2.1' }, { version: '5.0.0', id: '2.3.1' }, { version: '5.0.0', id: '5.1.1' }],
    beyondMaps: ['C1.1'],
  },
  'encryption-at-rest-customer-key': {
    name: 'encryption at rest with managed keys',
    soc2: ['CC6.1', 'C1.1'],
    nist: ['SC-12', 'SC-13', 'SC-28'],
    csf: ['PR.DS-01'],
    reasoning:
      'Stored data is encrypted with a key the account controls (a customer-managed KMS key), so a key policy decides who can decrypt and every use is logged. The encryption-at-rest ids plus NIST SC-12 (cryptographic key establishment and management), which the maps give the KMS key rotation recommendation.',
    anchors: [{ version: '5.0.0', id: '3.5' }, { version: '5.0.0', id: '3.6' }],
    beyondMaps: ['C1.1'],
  },
  'backup': {
    name: 'backup and availability',
    soc2: ['A1.2'],
    nist: ['CP-9', 'CP-10'],
    csf: ['PR.DS-11'],
    reasoning:
      'Data can be restored after loss: backups, snapshots, retention and replicas are configured. SOC 2 A1.2 (backup and recovery infrastructure); NIST CP-9 (system backup) and CP-10 (recovery and reconstitution); CSF PR.DS-11 (backups created, protected, maintained and tested). The maps give the anchors CP-9/CP-10; A1.2 and PR.DS-11 are our choice, being the criteria about backups by name.',
    anchors: [{ version: '5.0.0', id: '2.2.4' }, { version: '1.4.0', id: '2.1.3' }],
    beyondMaps: ['A1.2', 'PR.DS-11'],
  },
  'recoverable-deletion': {
    name: 'recovery from deletion and overwrite',
    soc2: ['A1.2', 'CC9.1'],
    nist: ['CP-9', 'CP-10', 'SI-12'],
    csf: ['PR.DS-11', 'RC.RP-03'],
    reasoning:
      'An accidental or malicious delete or overwrite can be undone (object versions, point-in-time recovery). The backup ids plus SOC 2 CC9.1 (mitigating business disruption), NIST SI-12 (information retention) and CSF RC.RP-03 (integrity of backups verified before restoring). The maps give the MFA-delete anchor CP-9/CP-10 only.',
    anchors: [{ version: '1.4.0', id: '2.1.3' }],
    beyondMaps: ['A1.2', 'CC9.1', 'SI-12', 'PR.DS-11', 'RC.RP-03'],
  },
  'public-resource-policy': {
    name: 'public exposure through resource policies',
    soc2: ['CC6.1', 'CC6.6'],
    nist: ['AC-3', 'AC-6', 'SC-7'],
    csf: ['PR.AA-05'],
    reasoning:
      'A resource policy does not grant access to everyone (a `*` principal without a narrowing condition). SOC 2 CC6.1/CC6.6 (logical access, protection against threats from outside the boundary); NIST AC-3 (access enforcement), AC-6 (least privilege) and SC-7 (boundary protection), as the maps give the block-public-access anchors; CSF PR.AA-05 (access permissions managed) is our choice.',
    anchors: [{ version: '5.0.0', id: '2.1.4' }, { version: '5.0.0', id: '2.2.3' }],
    beyondMaps: ['PR.AA-05'],
  },
  'public-sharing': {
    name: 'public sharing of images and snapshots',
    soc2: ['CC6.1', 'CC6.6'],
    nist: ['AC-3', 'SC-7'],
    csf: ['PR.AA-05', 'PR.DS-01'],
    reasoning:
      'Machine images and snapshots are not shared with every AWS account. The same SOC 2 and NIST ids as public access to data (the maps give them to the block-public-access anchors, without AC-6: sharing is a launch/restore permission, not a policy grant); CSF PR.AA-05 (access permissions) and PR.DS-01 (the data in the image or snapshot at rest) are our choice.',
    anchors: [{ version: '5.0.0', id: '2.1.4' }, { version: '5.0.0', id: '2.2.3' }],
    beyondMaps: ['PR.AA-05', 'PR.DS-01'],
  },
  'public-network-exposure': {
    name: 'public network exposure of data services',
    soc2: ['CC6.6', 'CC6.1'],
    nist: ['AC-3', 'SC-7'],
    csf: ['PR.IR-01'],
    reasoning:
      'A data service (a database, a search domain, a warehouse) is not reachable from the internet. SOC 2 CC6.6 and CC6.1, NIST AC-3 and SC-7, and CSF PR.IR-01 (networks protected from unauthorized access), all from the maps of the "RDS not publicly accessible" and default security group recommendations.',
    anchors: [{ version: '5.0.0', id: '2.2.3' }, { version: '5.0.0', id: '5.5' }],
    beyondMaps: [],
  },
  'control-plane-exposure': {
    name: 'exposure of management endpoints',
    soc2: ['CC6.6'],
    nist: ['SC-7', 'AC-17'],
    csf: ['PR.IR-01'],
    reasoning:
      'A management endpoint (a Kubernetes API, remote access to nodes) is not open to the internet. SOC 2 CC6.6, NIST SC-7 (boundary protection) and AC-17 (remote access), and CSF PR.IR-01, from the maps of the remote-administration ingress recommendations.',
    anchors: [{ version: '5.0.0', id: '5.3' }, { version: '5.0.0', id: '5.5' }],
    beyondMaps: [],
  },
  'edge-input-validation': {
    name: 'boundary protection and input validation at the edge',
    soc2: ['CC6.6', 'CC6.8'],
    nist: ['SC-7', 'SI-10'],
    csf: ['PR.IR-01'],
    reasoning:
      'An internet-facing front end rejects malformed or malicious requests (invalid headers, request smuggling). SOC 2 CC6.6 (threats from outside the boundary) with CC6.8 (preventing malicious software and input); NIST SC-7 with SI-10 (information input validation); CSF PR.IR-01. CC6.8 and SI-10 are our choice: the anchor\'s maps cover only the boundary.',
    anchors: [{ version: '5.0.0', id: '5.5' }],
    beyondMaps: ['CC6.8', 'SI-10'],
  },
  'secrets-in-code': {
    name: 'credentials kept out of code',
    soc2: ['CC6.1'],
    nist: ['IA-5', 'SC-28'],
    csf: ['PR.AA-01', 'PR.DS-01'],
    reasoning:
      'Passwords, tokens and keys are not written into templates, where everyone who reads the repository can use them. SOC 2 CC6.1; NIST IA-5 (authenticator management), from the maps of the root and user access key recommendations; CSF PR.AA-01 (identities and credentials managed), from the same maps. NIST SC-28 and CSF PR.DS-01 (the secret sits at rest in the code) are our choice.',
    anchors: [{ version: '5.0.0', id: '1.3' }, { version: '5.0.0', id: '1.13' }],
    beyondMaps: ['SC-28', 'PR.DS-01'],
  },
  'application-monitoring': {
    name: 'monitoring of application activity',
    soc2: ['CC7.2'],
    nist: ['AU-12', 'SI-4'],
    csf: ['DE.CM-09'],
    reasoning:
      'What an application does (function invocations, query activity) is traced or logged for detection. SOC 2 CC7.2; NIST AU-12 (audit record generation) and SI-4 (system monitoring), from the CloudTrail and flow log maps; CSF DE.CM-09 (computing hardware, software and their data monitored) is our choice.',
    anchors: [{ version: '5.0.0', id: '3.1' }, { version: '5.0.0', id: '3.7' }],
    beyondMaps: ['DE.CM-09'],
  },
  'authenticated-interfaces': {
    name: 'authenticated access to public interfaces',
    soc2: ['CC6.1', 'CC6.6'],
    nist: ['AC-3', 'IA-2'],
    csf: ['PR.AA-05'],
    reasoning:
      'A public interface (an API method, a function URL) requires callers to authenticate. SOC 2 CC6.1/CC6.6; NIST AC-3 (access enforcement) and IA-2 (identification and authentication), from the maps of the MFA and public access recommendations; CSF PR.AA-05 is our choice.',
    anchors: [{ version: '5.0.0', id: '1.9' }, { version: '5.0.0', id: '2.2.3' }],
    beyondMaps: ['PR.AA-05'],
  },
  'least-privilege': {
    name: 'least privilege',
    soc2: ['CC6.1', 'CC6.3'],
    nist: ['AC-6', 'AC-3'],
    csf: ['PR.AA-05'],
    reasoning:
      'Identities get only the permissions their task needs. SOC 2 CC6.1/CC6.3 (access authorized and removed based on roles); NIST AC-6 (least privilege) and AC-3; CSF PR.AA-05 (access permissions managed with least privilege), all from the maps of the IAM group and administrative privilege recommendations.',
    anchors: [{ version: '5.0.0', id: '1.14' }, { version: '5.0.0', id: '1.15' }],
    beyondMaps: [],
  },
  'secure-configuration': {
    name: 'hardened configuration (least functionality)',
    soc2: ['CC6.6', 'CC6.8'],
    nist: ['CM-6', 'CM-7'],
    csf: ['PR.PS-01'],
    reasoning:
      'A host or database engine runs with the features it does not need turned off and its hardening settings on (no IP forwarding on ordinary VMs, verified boot, database options that widen access or leak information off). NIST CM-6 (configuration settings) and CM-7 (least functionality) and SOC 2 CC6.6, from the maps of the network ACL administration-port anchor; SOC 2 CC6.8 (preventing unauthorized or malicious software) and CSF PR.PS-01 (configuration management practices applied) are our choice, being the criteria about hardening by name.',
    anchors: [{ version: '5.0.0', id: '5.2' }],
    beyondMaps: ['CC6.8', 'PR.PS-01'],
  },
  'deletion-protection': {
    name: 'protection against deletion',
    soc2: ['A1.2', 'CC8.1'],
    nist: ['CP-10', 'CM-3'],
    csf: ['PR.IR-03'],
    reasoning:
      'Deleting a resource first takes a deliberate change (turning deletion protection off), so a stray destroy, a replaced template or a mistaken console action does not take a database, table or load balancer away. NIST CP-10 (recovery and reconstitution), from the maps of the Multi-AZ and MFA-delete anchors; SOC 2 A1.2 (the environment protected against loss of availability) and CC8.1 (changes authorized before they are made), NIST CM-3 (configuration change control) and CSF PR.IR-03 (mechanisms that keep services resilient) are our choice: the protection is a change control on the most destructive change. Not the backup concept: nothing is copied, so nothing can be restored.',
    anchors: [{ version: '5.0.0', id: '2.2.4' }, { version: '1.4.0', id: '2.1.3' }],
    beyondMaps: ['A1.2', 'CC8.1', 'CM-3', 'PR.IR-03'],
  },
  'log-retention': {
    name: 'retention of log records',
    soc2: ['CC7.2', 'CC7.3', 'C1.2'],
    nist: ['AU-11', 'SI-12'],
    csf: ['PR.PS-04'],
    reasoning:
      'Log records are kept for a decided time: long enough to investigate an incident found months later, and not without end (records kept forever hold personal and confidential data nobody decided to keep). SOC 2 CC7.2/CC7.3 (monitoring, and evaluating security events, which needs the records), from the maps of the CloudTrail-to-CloudWatch-Logs anchor; SOC 2 C1.2 (confidential information disposed of when its retention ends), NIST AU-11 (audit record retention) and SI-12 (information management and retention), and CSF PR.PS-04 (log records made available for continuous monitoring), are our choice: the maps give no anchor a retention control.',
    anchors: [{ version: '1.4.0', id: '3.4' }],
    beyondMaps: ['C1.2', 'AU-11', 'SI-12', 'PR.PS-04'],
  },
  'vulnerability-scanning': {
    name: 'vulnerability scanning',
    soc2: ['CC7.1'],
    nist: ['RA-5', 'SI-2'],
    csf: ['ID.RA-01'],
    reasoning:
      'Software is scanned for known vulnerabilities as it is delivered (container images on push), so flaws are found before or soon after they run. SOC 2 CC7.1 (detecting vulnerabilities and configuration changes) and CSF ID.RA-01 (vulnerabilities in assets identified), from the maps of the Security Hub anchor; NIST RA-5 (vulnerability monitoring and scanning) and SI-2 (flaw remediation) are our choice: the anchor\'s maps name the assessment controls (CA-2, CA-7), not scanning.',
    anchors: [{ version: '5.0.0', id: '4.16' }],
    beyondMaps: ['RA-5', 'SI-2'],
  },
  'artifact-integrity': {
    name: 'integrity of deployed artifacts',
    soc2: ['CC8.1', 'PI1.3'],
    nist: ['CM-2', 'SI-7'],
    csf: ['PR.DS-01'],
    reasoning:
      'What runs is what was built and reviewed: an artifact cannot be replaced under the same name (immutable image tags), so a reference always means the same content. SOC 2 PI1.3 and NIST SI-7 (software and information integrity), from the maps of the log file validation anchor (integrity of stored records, the same idea); SOC 2 CC8.1 (changes authorized) and NIST CM-2 (baseline configuration), since an overwritten tag is an unreviewed change to what is deployed, and CSF PR.DS-01 (integrity of data at rest) are our choice.',
    anchors: [{ version: '5.0.0', id: '3.2' }],
    beyondMaps: ['CC8.1', 'CM-2', 'PR.DS-01'],
  },
  'credential-lifecycle': {
    name: 'managed, short-lived credentials',
    soc2: ['CC6.1', 'CC6.2'],
    nist: ['IA-5', 'AC-2'],
    csf: ['PR.AA-01'],
    reasoning:
      'A credential has a lifecycle managed in one place: it is rotated (a secret\'s rotation schedule) or replaced by short-lived tokens issued to a centrally managed identity (IAM database authentication), so a leaked password stops working. SOC 2 CC6.1/CC6.2 (credentials issued and removed), NIST AC-2 (account management) and CSF PR.AA-01 (identities and credentials managed), from the maps of the access key rotation and unused credentials anchors; NIST IA-5 (authenticator management) is our choice: the maps file it under the root access key recommendation, not these.',
    anchors: [{ version: '5.0.0', id: '1.13' }, { version: '5.0.0', id: '1.11' }],
    beyondMaps: ['IA-5'],
  },
  'privilege-escalation': {
    name: 'prevention of privilege escalation',
    soc2: ['CC6.1', 'CC6.3'],
    nist: ['AC-6', 'AC-6(10)'],
    csf: ['PR.AA-05'],
    reasoning:
      'An identity cannot give itself or a service more privilege than it holds (passing any role to a service, say), the usual way around least privilege. The least-privilege ids with NIST AC-6(10) (non-privileged users kept from executing privileged functions) in place of AC-3, all from the maps of the IAM group and full-administrator anchors.',
    anchors: [{ version: '5.0.0', id: '1.14' }, { version: '5.0.0', id: '1.15' }],
    beyondMaps: [],
  },
} as const satisfies Record<string, ControlConcept>;

export type ConceptId = keyof typeof CONCEPTS;

/** What a rule's meta takes from its concept: the non-CIS framework ids and the mapping note. */
export interface ConceptMapping {
  frameworks: Partial<Record<FrameworkKey, string[]>>;
  mappingNote: string;
}

/** A rule's own part of a concept mapping. */
export interface ConceptOptions {
  /** The rule's CIS ids (from the reference data), when a CIS recommendation covers it too. */
  cis?: Partial<Record<CisFrameworkKey, string[]>>;
  /** A sentence the note adds for this rule (why no CIS recommendation covers it, say). */
  remark?: string;
}

/** The framework ids and mapping note of concept `id`, to spread into a rule's meta. */
export function byConcept(id: ConceptId, options: ConceptOptions = {}): ConceptMapping {
  const c: ControlConcept = CONCEPTS[id];
  const ids = `${c.name}: SOC 2 ${c.soc2.join('/')}, NIST ${c.nist.join('/')}, CSF ${c.csf.join('/')}`;
  const { cis, remark } = options;
  const note =
    cis !== undefined && Object.keys(cis).length > 0
      ? `CIS ids from the reference data; SOC 2, NIST and CSF ids by control concept (${ids}).`
      : `Not a CIS Foundations recommendation; mapped by control concept (${ids}).`;
  return {
    frameworks: { ...cis, 'soc2-2017': [...c.soc2], 'nist-800-53-r5': [...c.nist], 'nist-csf-2.0': [...c.csf] },
    mappingNote: remark ? `${note} ${remark}` : note,
  };
}
