// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, list, Unknown } from '../../api';
import type { Attr, FixOp } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { show } from '../../lib/checks';
import { STRONG_MIN_TLS, WEAK_FEATURES } from '../../lib/gcp-tls';

export default defineCatalogRule({
  kind: 'gcp.compute.ssl-policy',
  meta: gcpMeta({
    id: 'GCP-NETWORK-004',
    name: 'ssl-policy-strong',
    cis: ['3.11'],
    level: 1,
    concept: 'encryption-in-transit',
    title: 'SSL policies require TLS 1.2 and exclude weak cipher suites',
    severity: 'medium',
    description:
      '`google_compute_ssl_policy` and `google_compute_region_ssl_policy` resources set `min_tls_version = "TLS_1_2"` (or `TLS_1_3`) and a `profile` of `MODERN` or `RESTRICTED`, or `CUSTOM` with none of the RSA key-exchange and 3DES suites in `custom_features`. The defaults are `COMPATIBLE` and `TLS_1_0`, both flagged. Proxies that name no policy are GCP-NETWORK-005. The names are the same in the google and google-beta providers.',
    rationale:
      'TLS 1.0/1.1 and suites without forward secrecy let an attacker who records traffic today decrypt it once the server key leaks, and 3DES is open to practical collision attacks. Clients that cannot negotiate better are rare and should not set the floor for everyone.',
    remediation:
      'Set `min_tls_version = "TLS_1_2"` and `profile = "MODERN"` (or `RESTRICTED`), or remove the weak suites from a `CUSTOM` profile. The quick fix does that; it is unsafe because very old clients will no longer connect.',
    links: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy'],
    terraform: ['google_compute_ssl_policy', 'google_compute_region_ssl_policy'],
    aliases: { checkov: ['CKV_GCP_4'] },
    fix: 'unsafe',
  }),
  check(policy, ctx) {
    const { profile, minTlsVersion, customFeatures } = policy.attrs;
    for (const [a, what] of [
      [profile, 'the SSL policy profile'],
      [minTlsVersion, 'the minimum TLS version of the SSL policy'],
    ] as const) {
      if (a.value instanceof Unknown) {
        ctx.cannotVerify(a, a.value, what);
        return;
      }
    }
    const ops: FixOp[] = [];
    const set = (a: Attr<unknown>, v: Parameters<typeof lit>[0] | string[]): void => {
      if (a.location) ops.push({ op: 'set', location: a.location, value: Array.isArray(v) ? list(...v.map((x) => lit(x))) : lit(v) });
    };
    const problems: string[] = [];
    if (typeof minTlsVersion.value !== 'string' || !STRONG_MIN_TLS.has(minTlsVersion.value)) {
      problems.push(`it accepts ${show(minTlsVersion.value)}${minTlsVersion.present ? '' : ' (the default)'}`);
      set(minTlsVersion, 'TLS_1_2');
    }
    if (profile.value === 'COMPATIBLE' || typeof profile.value !== 'string') {
      problems.push(`its profile ${show(profile.value)}${profile.present ? '' : ' (the default)'} offers weak cipher suites`);
      set(profile, 'MODERN');
    } else if (profile.value === 'CUSTOM') {
      const features = customFeatures.value;
      if (features instanceof Unknown) ctx.cannotVerify(customFeatures, features, 'the cipher suites of the custom SSL policy');
      else if (Array.isArray(features)) {
        const weak = features.filter((f): f is string => typeof f === 'string' && WEAK_FEATURES.has(f));
        if (weak.length > 0) {
          problems.push(`it enables ${weak.join(', ')}`);
          if (features.every((f) => typeof f === 'string')) set(customFeatures, (features as string[]).filter((f) => !WEAK_FEATURES.has(f)));
        }
      }
    }
    if (problems.length === 0) return;
    const at = problems[0]!.startsWith('it accepts') ? minTlsVersion : profile.value === 'CUSTOM' ? customFeatures : profile;
    ctx.report(at, `The SSL policy is weak: ${problems.join('; ')}.`, { fixes: ops.length > 0 ? [{ id: 'strong-tls', title: 'Require TLS 1.2 and strong cipher suites', safety: 'unsafe', ops }] : [] });
  },
});
