// SPDX-License-Identifier: Apache-2.0
// The oldest TLS version each predefined Elastic Load Balancing security policy accepts, read from its name.
// AWS names its policies by that version (`ELBSecurityPolicy-TLS13-1-1-2021-06` accepts TLS 1.1 and up,
// `-FS-1-2-Res-2020-10` TLS 1.2 and up, and so on for the FIPS, Ext, Res and PQ variants); the undated-by-
// version ones (`-2016-08`, `-2015-05`, `-FS-2018-06`) accept TLS 1.0. Reading the pattern, not a list,
// keeps policies AWS adds later (a new date, a new suffix) judged correctly.

/** `1.0`, `1.1`, `1.2`, `1.3`; undefined for a name that is not a predefined policy's. */
export function minimumTls(policy: string): string | undefined {
  const versioned = /^ELBSecurityPolicy-(?:TLS13-1-|TLS-1-|FS-1-)([0-3])-/.exec(policy);
  if (versioned) return `1.${versioned[1]}`;
  if (/^ELBSecurityPolicy-(?:FS-)?20\d\d-\d\d$/.test(policy)) return '1.0';
  return undefined;
}

/** Whether the policy accepts only TLS 1.2 and later. */
export function tls12OrLater(policy: string): boolean {
  const v = minimumTls(policy);
  return v === '1.2' || v === '1.3';
}
