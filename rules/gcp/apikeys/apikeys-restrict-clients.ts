// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, placeholder, Unknown } from '../../api';
import type { Attr, Value } from '../../api';

/** Values that restrict nothing: any referrer, any address. */
const OPEN = new Set(['*', '0.0.0.0/0', '::/0']);

function values(a: Attr<Value>): (string | Unknown)[] {
  const v = a.value;
  if (v instanceof Unknown) return [v];
  if (!Array.isArray(v)) return [];
  return v.map((x) => (x instanceof Unknown || typeof x === 'string' ? x : String(x)));
}

export default defineCatalogRule({
  kind: 'gcp.apikeys.key',
  meta: {
    id: 'GCP-APIKEYS-001',
    name: 'apikeys-restrict-clients',
    title: 'API keys are restricted to known websites, addresses or apps',
    severity: 'medium',
    description:
      'Every `google_apikeys_key` sets an application restriction in `restrictions`: `browser_key_restrictions.allowed_referrers`, `server_key_restrictions.allowed_ips`, `android_key_restrictions.allowed_applications` or `ios_key_restrictions.allowed_bundle_ids`, and none of them allows everyone (`*`, `0.0.0.0/0`, `::/0`).',
    rationale:
      'An API key is a bearer secret that ends up in web pages and mobile apps. Without an application restriction anyone who copies it can call the APIs it allows and spend the project\'s quota and budget.',
    remediation:
      'Add the restriction that matches where the key is used, e.g. `restrictions { server_key_restrictions { allowed_ips = ["203.0.113.10"] } }` for a server. The quick fix adds a server restriction with a variable for the allowed addresses (unsafe: calls from elsewhere start failing).',
    links: ['https://cloud.google.com/docs/authentication/api-keys#adding-application-restrictions', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/apikeys_key'],
    ...byConcept('authenticated-interfaces', { cis: { 'cis-gcp-5.0.0': ['1.14'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_apikeys_key'] },
    fix: 'unsafe',
  },
  check(key, ctx) {
    const { allowedReferrers, allowedIps, allowedBundleIds } = key.attrs;
    const apps = key.lists.androidApps;
    const written = [allowedReferrers, allowedIps, allowedBundleIds].filter((a) => a.present);
    for (const a of written) {
      const open = values(a as Attr<Value>).find((v) => typeof v === 'string' && OPEN.has(v));
      if (open !== undefined) {
        ctx.report(a, `The restriction allows \`${String(open)}\`, which is everyone: the key is as unrestricted as without it.`);
        return;
      }
    }
    if (written.length > 0 || apps.items.length > 0) return;
    if (apps.unknown) {
      ctx.cannotVerify(key, apps.unknown, 'whether the key has an application restriction');
      return;
    }
    const location = allowedIps.location;
    const fixes = location
      ? [{ id: 'restrict-to-servers', title: 'Restrict the key to server addresses', safety: 'unsafe' as const, ops: [{ op: 'set' as const, location, value: list(placeholder(key, `${key.address.replace(/\[.*\]$/, '').split('.').pop()!}_allowed_ips`, 'IP addresses or CIDR ranges of the servers that use this API key')) }] }]
      : [];
    ctx.report(key, 'The API key has no application restriction (websites, IP addresses, Android or iOS apps): anyone who obtains it can use it.', { fixes });
  },
});
