// SPDX-License-Identifier: Apache-2.0
// The frameworks rules map to. Keys are fixed (report formats and settings use them); ids are the ones in
// ../shared/reference/compliance (CIS recommendation ids, SOC 2 TSC criteria, NIST control ids).

export const FRAMEWORK_KEYS = [
  'cis-aws-5.0.0',
  'cis-aws-3.0.0',
  'cis-aws-1.4.0',
  'cis-azure-6.0.0',
  'cis-gcp-5.0.0',
  'soc2-2017',
  'nist-800-53-r5',
  'nist-csf-2.0',
] as const;

export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

export type CisFrameworkKey = Extract<FrameworkKey, `cis-${string}`>;

export const FRAMEWORK_TITLES: Record<FrameworkKey, string> = {
  'cis-aws-5.0.0': 'CIS AWS Foundations Benchmark v5.0.0',
  'cis-aws-3.0.0': 'CIS AWS Foundations Benchmark v3.0.0',
  'cis-aws-1.4.0': 'CIS AWS Foundations Benchmark v1.4.0',
  'cis-azure-6.0.0': 'CIS Microsoft Azure Foundations Benchmark v6.0.0',
  'cis-gcp-5.0.0': 'CIS Google Cloud Platform Foundation Benchmark v5.0.0',
  'soc2-2017': 'SOC 2 (2017 Trust Services Criteria)',
  'nist-800-53-r5': 'NIST SP 800-53 Rev. 5',
  'nist-csf-2.0': 'NIST Cybersecurity Framework 2.0',
};

/** Short labels for messages: "CIS AWS 5.0.0 2.1.4". */
export const FRAMEWORK_SHORT: Record<FrameworkKey, string> = {
  'cis-aws-5.0.0': 'CIS AWS 5.0.0',
  'cis-aws-3.0.0': 'CIS AWS 3.0.0',
  'cis-aws-1.4.0': 'CIS AWS 1.4.0',
  'cis-azure-6.0.0': 'CIS Azure 6.0.0',
  'cis-gcp-5.0.0': 'CIS GCP 5.0.0',
  'soc2-2017': 'SOC 2',
  'nist-800-53-r5': 'NIST 800-53',
  'nist-csf-2.0': 'NIST CSF 2.0',
};

export function isFrameworkKey(k: string): k is FrameworkKey {
  return (FRAMEWORK_KEYS as readonly string[]).includes(k);
}

/**
 * A framework a report can show: a built-in one, or an organisation's own framework declared by custom
 * rules (`meta.orgFrameworks`, docs/custom-rules.md), whose key is any other lower-case name.
 */
export type ReportFrameworkKey = FrameworkKey | (string & NonNullable<unknown>);

interface FrameworkMeta {
  frameworks: Partial<Record<FrameworkKey, string[]>>;
  orgFrameworks?: Record<string, { title: string; ids: string[] }>;
}

/** The ids a rule maps to in a framework, built-in or the organisation's own. */
export function frameworkIdsOf(meta: FrameworkMeta, key: ReportFrameworkKey): readonly string[] | undefined {
  return isFrameworkKey(key) ? meta.frameworks[key] : meta.orgFrameworks?.[key]?.ids;
}

/** The organisation's own framework keys of these rules, in order of first appearance. */
export function orgFrameworkKeys(rules: readonly { meta: FrameworkMeta }[]): string[] {
  const keys: string[] = [];
  for (const r of rules) for (const k of Object.keys(r.meta.orgFrameworks ?? {})) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** A framework's full title (an organisation's framework: the title its rules give, else its key). */
export function frameworkTitle(key: ReportFrameworkKey, rules: readonly { meta: FrameworkMeta }[] = []): string {
  if (isFrameworkKey(key)) return FRAMEWORK_TITLES[key];
  for (const r of rules) {
    const t = r.meta.orgFrameworks?.[key]?.title;
    if (t) return t;
  }
  return key;
}

/** A framework's short label ("SOC 2"); an organisation's framework is named by its key. */
export function frameworkShort(key: ReportFrameworkKey): string {
  return isFrameworkKey(key) ? FRAMEWORK_SHORT[key] : key;
}
