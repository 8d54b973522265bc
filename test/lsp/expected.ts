// SPDX-License-Identifier: Apache-2.0
// The exact diagnostics the server publishes for the fixtures in test/fixtures/lsp (shared by the LSP
// test files). Messages end with the framework summary: the newest CIS mapping and SOC 2.

import { ALL_RULES } from '../../rules';
import type { DiagnosticShape, StartOptions } from './harness';

/**
 * The rules the fixtures were written for. Rules added later are excluded in every session
 * (`pinned()`), so the exact expectations below hold while the rule set grows; a change to one of these
 * rules still fails them, as it should.
 */
export const KNOWN_RULES = [
  'AWS-S3-001',
  'AWS-S3-002',
  'AWS-S3-003',
  'AWS-CLOUDTRAIL-001',
  'AWS-CLOUDTRAIL-002',
  'AWS-CLOUDTRAIL-003',
  'AWS-KMS-001',
  'AWS-VPC-001',
  'AWS-EC2-001',
  'AWS-EC2-002',
  'AWS-EC2-003',
  'AWS-EC2-004',
  'AWS-RDS-001',
  'AWS-RDS-002',
  'AWS-IAM-001',
];

/** Rules of the build that the fixtures do not know. */
export const OTHER_RULES = ALL_RULES.map((r) => r.meta.id).filter((id) => !KNOWN_RULES.includes(id));

/** `iacCompliance` settings with the other rules excluded (added to any excludedRules list given). */
export function pinned(settings: Record<string, unknown> = {}): Record<string, unknown> {
  const excluded = settings.excludedRules;
  if (excluded !== undefined && !Array.isArray(excluded)) return settings;
  // "Cannot verify" as information, as the fixtures' goldens were written (the default, hint, is tested in settings.test.ts).
  // typingDelay 0: these tests check the diagnostics of each text as it is; what is held back while
  // typing (the default delay) is tested in typing.test.ts.
  return { cannotVerifySeverity: 'information', typingDelay: 0, ...settings, excludedRules: [...((excluded as unknown[] | undefined) ?? []), ...OTHER_RULES] };
}

/** Session options with pinned settings, for either way of delivering them. */
export function pinnedStart(options: StartOptions = {}, settings: Record<string, unknown> = {}): StartOptions {
  return options.configuration ? { ...options, settings: pinned(settings) } : { ...options, initializationOptions: { settings: { iacCompliance: pinned(settings) } } };
}

const PAB_FIX: ExpectedFix = { id: 'block-all', title: 'Add a public access block with every setting on', safety: 'unsafe' };
const SSE_FIX: ExpectedFix = { id: 'sse-s3', title: 'Encrypt with SSE-S3 (AES256) by default', safety: 'safe' };
const HTTPS_FIX: ExpectedFix = { id: 'add-deny-http-policy', title: 'Add a bucket policy that denies requests not sent over HTTPS', safety: 'unsafe' };
const RDS_PRIVATE_FIX: ExpectedFix = { id: 'disable', title: 'Make the instance private', safety: 'unsafe' };
const KMS_ROTATION_FIX: ExpectedFix = { id: 'enable', title: 'Enable automatic key rotation', safety: 'safe' };

/** A fix as the fixture's diagnostic offers it (as a quick fix: the title, preferred when safe). */
export interface ExpectedFix {
  id: string;
  title: string;
  safety: 'safe' | 'unsafe';
}

/** A diagnostic's shape and the fixes its code actions offer (they are not in `data`: see DiagnosticData). */
type Expected = DiagnosticShape & { fixes: ExpectedFix[] };

const S3_001 = '[CIS AWS 5.0.0 2.1.4 (L1) · SOC 2 CC6.1, CC6.6]';
const S3_002 = '[CIS AWS 1.4.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.2, PI1.4]';
const S3_003 = '[CIS AWS 5.0.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.7]';
const EC2_001 = '[CIS AWS 5.0.0 5.3 (L1) · SOC 2 CC6.1, CC6.6, CC7.2]';
const RDS_001 = '[CIS AWS 5.0.0 2.2.1 (L1) · SOC 2 CC6.1, CC6.2, PI1.5]';
const RDS_002 = '[CIS AWS 5.0.0 2.2.3 (L1) · SOC 2 CC6.1, CC6.2, CC6.6]';
const KMS_001 = '[CIS AWS 5.0.0 3.6 (L2) · SOC 2 CC6.1, PI1.5]';
const CT_001 = '[CIS AWS 5.0.0 3.1 (L1) · SOC 2 A1.2, CC2.1, CC7.2, PI1.3]';
const CT_002 = '[CIS AWS 5.0.0 3.2 (L2) · SOC 2 CC7.3, PI1.3]';
const IAM_001 = '[CIS AWS 5.0.0 1.15 (L1) · SOC 2 CC6.1, CC6.3]';

const TF: Expected[] = [
  { code: 'AWS-S3-001', severity: 3, range: '5:0-5:31', message: `No public access block is declared for the bucket: not declared in code, it relies on the AWS default (all four settings on for buckets created since April 2023), which nothing here keeps from being turned off and which does not cover older buckets. Declare the four settings to make them part of the code. ${S3_001}`, resource: 'aws_s3_bucket.logs', kind: 'violation', fixes: [PAB_FIX] },
  { code: 'AWS-S3-002', severity: 2, range: '5:0-5:31', message: `The bucket declares no default server-side encryption. ${S3_002}`, resource: 'aws_s3_bucket.logs', kind: 'violation', fixes: [SSE_FIX] },
  { code: 'AWS-S3-003', severity: 2, range: '5:0-5:31', message: `The bucket has no policy, so requests over plain HTTP are not denied. ${S3_003}`, resource: 'aws_s3_bucket.logs', kind: 'violation', fixes: [HTTPS_FIX] },
  { code: 'AWS-EC2-001', severity: 1, range: '16:4-16:31', message: `Ingress from 0.0.0.0/0 is allowed to SSH (22). ${EC2_001}`, resource: 'aws_security_group.ssh', kind: 'violation', fixes: [] },
  { code: 'AWS-RDS-002', severity: 1, range: '25:2-25:28', message: `The instance is publicly accessible. ${RDS_002}`, resource: 'aws_db_instance.main', kind: 'violation', fixes: [RDS_PRIVATE_FIX] },
  { code: 'AWS-KMS-001', severity: 2, range: '28:0-28:29', message: `Automatic rotation is not enabled for this symmetric key (the setting defaults to false). ${KMS_001}`, resource: 'aws_kms_key.main', kind: 'violation', fixes: [KMS_ROTATION_FIX] },
  { code: 'AWS-CLOUDTRAIL-001', severity: 3, range: '35:2-35:50', message: `Cannot verify whether the trail is multi-region: depends on var.multi_region. ${CT_001}`, resource: 'aws_cloudtrail.main', kind: 'unverifiable', fixes: [] },
  { code: 'AWS-IAM-001', severity: 1, range: '42:2-50:4', message: `The policy statement "Everything" allows every action ("*") on every resource ("*"). ${IAM_001}`, resource: 'aws_iam_policy.admin', kind: 'violation', fixes: [] },
];

const YAML: Expected[] = [
  { code: 'AWS-S3-002', severity: 2, range: '8:2-8:12', message: `The bucket declares no default server-side encryption. ${S3_002}`, resource: 'DataBucket', kind: 'violation', fixes: [SSE_FIX] },
  { code: 'AWS-S3-003', severity: 2, range: '8:2-8:12', message: `The bucket has no policy, so requests over plain HTTP are not denied. ${S3_003}`, resource: 'DataBucket', kind: 'violation', fixes: [HTTPS_FIX] },
  { code: 'AWS-S3-001', severity: 1, range: '14:27-14:32', message: `The public access block does not block public policies: the setting is false. ${S3_001}`, resource: 'DataBucket', kind: 'violation', fixes: [{ id: 'block-all', title: 'Turn on all public access block settings', safety: 'unsafe' }] },
  { code: 'AWS-EC2-001', severity: 1, range: '25:18-25:27', message: `Ingress from 0.0.0.0/0 is allowed to RDP (3389). ${EC2_001}`, resource: 'AdminSg', kind: 'violation', fixes: [] },
  { code: 'AWS-RDS-001', severity: 1, range: '32:24-32:29', message: `The instance's storage is not encrypted. ${RDS_001}`, resource: 'Db', kind: 'violation', fixes: [{ id: 'enable', title: 'Encrypt the instance storage (replaces the instance)', safety: 'unsafe' }] },
  { code: 'AWS-CLOUDTRAIL-001', severity: 3, range: '39:26-39:42', message: `Cannot verify whether the trail is multi-region: depends on parameter MultiRegion, one of true, false. ${CT_001}`, resource: 'Trail', kind: 'unverifiable', fixes: [] },
  { code: 'AWS-CLOUDTRAIL-002', severity: 2, range: '40:31-40:36', message: `Log file validation is turned off for this trail. ${CT_002}`, resource: 'Trail', kind: 'violation', fixes: [{ id: 'enable', title: 'Enable log file validation', safety: 'safe' }] },
];

const JSON_TEMPLATE: Expected[] = [
  { code: 'AWS-KMS-001', severity: 2, range: '7:29-7:34', message: `Automatic rotation is turned off for this symmetric key. ${KMS_001}`, resource: 'Key', kind: 'violation', fixes: [KMS_ROTATION_FIX] },
  { code: 'AWS-RDS-002', severity: 1, range: '18:30-18:34', message: `The instance is publicly accessible. ${RDS_002}`, resource: 'Db', kind: 'violation', fixes: [RDS_PRIVATE_FIX] },
  { code: 'AWS-IAM-001', severity: 1, range: '30:28-30:81', message: `The policy allows every action ("*") on every resource ("*"). ${IAM_001}`, resource: 'Role.Policies[admin]', kind: 'violation', fixes: [] },
];

function shapes(list: Expected[]): DiagnosticShape[] {
  return list.map(({ fixes: _fixes, ...d }) => d);
}

export const PROBLEMS_TF = shapes(TF);
export const PROBLEMS_YAML = shapes(YAML);
export const PROBLEMS_JSON = shapes(JSON_TEMPLATE);
/** The fixes of each diagnostic of PROBLEMS_TF / _YAML / _JSON, in the same order. */
export const FIXES_TF = TF.map((d) => d.fixes);
export const FIXES_YAML = YAML.map((d) => d.fixes);
export const FIXES_JSON = JSON_TEMPLATE.map((d) => d.fixes);

/** Shapes with the line of every range moved by `delta` from line `from` on. */
export function shifted(list: DiagnosticShape[], from: number, delta: number): DiagnosticShape[] {
  return list.map((d) => {
    const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(d.range)!;
    const move = (l: string): number => (Number(l) >= from ? Number(l) + delta : Number(l));
    return { ...d, range: `${move(m[1]!)}:${m[2]}-${move(m[3]!)}:${m[4]}` };
  });
}
