// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, lit, setFix, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { show } from '../../lib/checks';

const WHAT = 'the oldest TLS version the application gateway accepts';

/** Azure's predefined SSL policies and the oldest TLS version each accepts. */
const PREDEFINED: Record<string, string> = {
  AppGwSslPolicy20150501: 'TLSv1_0',
  AppGwSslPolicy20170401: 'TLSv1_1',
  AppGwSslPolicy20170401S: 'TLSv1_2',
  AppGwSslPolicy20220101: 'TLSv1_2',
  AppGwSslPolicy20220101S: 'TLSv1_2',
};
const STRONG = ['TLSv1_2', 'TLSv1_3'];

export default defineCatalogRule({
  kind: 'azure.network.application-gateway',
  meta: {
    id: 'AZURE-NETWORK-024',
    name: 'appgw-min-tls',
    title: 'Application gateways accept TLS 1.2 or later only',
    severity: 'medium',
    description:
      'Every `azurerm_application_gateway` has an `ssl_policy` that refuses TLS 1.0 and 1.1: a `Predefined` policy whose `policy_name` allows TLS 1.2 at the oldest (`AppGwSslPolicy20170401S`, `AppGwSslPolicy20220101`, `AppGwSslPolicy20220101S`), a `Custom`/`CustomV2` policy with `min_protocol_version` `TLSv1_2` or `TLSv1_3`, or `disabled_protocols` listing both `TLSv1_0` and `TLSv1_1`. Without `ssl_policy`, the default policy depends on the API version the provider uses (`AppGwSslPolicy20150501`, TLS 1.0, for older ones), so it is reported. Same names in azurerm 3.x and 4.x.',
    rationale:
      'TLS 1.0 and 1.1 use hash functions and cipher constructions with known practical weaknesses and are deprecated by the IETF (RFC 8996). A listener that still accepts them lets a client, or an attacker downgrading one, protect traffic with them.',
    remediation:
      'Add `ssl_policy { policy_type = "Predefined", policy_name = "AppGwSslPolicy20220101" }` (or a custom policy with `min_protocol_version = "TLSv1_2"`). Clients limited to TLS 1.0/1.1 can no longer connect, so the quick fix is unsafe; it writes that predefined policy where none is set, or raises `min_protocol_version` of a custom one.',
    links: ['https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_gateway#ssl_policy'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['7.12'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_application_gateway'] },
    aliases: { checkov: ['CKV_AZURE_218'] },
    fix: 'unsafe',
  },
  check(gateway, ctx) {
    const { sslPolicyType: type, sslPolicyName: name, sslMinProtocol: min, sslDisabledProtocols: disabled } = gateway.attrs;
    for (const a of [type, name, min, disabled]) {
      if (a.value instanceof Unknown) {
        ctx.cannotVerify(a, a.value, WHAT);
        return;
      }
    }
    const predefinedFix = (): PlannedFix[] => [
      {
        id: 'tls12-policy',
        title: 'Use the predefined policy AppGwSslPolicy20220101 (TLS 1.2 and later)',
        safety: 'unsafe',
        ops: [
          { op: 'set', location: { target: gateway.target, path: ['ssl_policy', 'policy_type'] }, value: lit('Predefined') },
          { op: 'set', location: { target: gateway.target, path: ['ssl_policy', 'policy_name'] }, value: lit('AppGwSslPolicy20220101') },
        ],
      },
    ];
    if (type.value === 'Predefined' || (!type.present && name.present)) {
      const oldest = typeof name.value === 'string' ? PREDEFINED[name.value] : undefined;
      if (oldest && STRONG.includes(oldest)) return;
      ctx.report(name.present ? name : type, oldest ? `The SSL policy ${show(name.value)} accepts ${oldest.replace('TLSv1_', 'TLS 1.')}.` : `The SSL policy ${show(name.value)} is not a predefined policy known to refuse TLS 1.0 and 1.1.`, {
        fixes: name.present ? setFix('tls12-policy', 'Use the predefined policy AppGwSslPolicy20220101 (TLS 1.2 and later)', 'unsafe', [name, lit('AppGwSslPolicy20220101')]) : [],
      });
      return;
    }
    if (type.value === 'Custom' || type.value === 'CustomV2') {
      if (typeof min.value === 'string' && STRONG.includes(min.value)) return;
      ctx.report(min.present ? min : type, `The custom SSL policy accepts TLS versions older than 1.2 (min_protocol_version ${min.present ? show(min.value) : 'not set'}).`, {
        fixes: setFix('tls12-min', 'Accept TLS 1.2 and later', 'unsafe', [min, lit('TLSv1_2')]),
      });
      return;
    }
    if (disabled.present) {
      const items = Array.isArray(disabled.value) ? disabled.value : [disabled.value];
      const open = items.find((i): i is Unknown => i instanceof Unknown);
      if (open) {
        ctx.cannotVerify(disabled, open, WHAT);
        return;
      }
      const missing = ['TLSv1_0', 'TLSv1_1'].filter((p) => !items.includes(p));
      if (missing.length === 0) return;
      const all = [...items.filter((i): i is string => typeof i === 'string'), ...missing];
      ctx.report(disabled, `The SSL policy does not disable ${missing.map((p) => p.replace('TLSv1_', 'TLS 1.')).join(' and ')}.`, {
        fixes: setFix('disable-old-tls', 'Disable TLS 1.0 and 1.1', 'unsafe', [disabled, list(...all.map((p) => lit(p)))]),
      });
      return;
    }
    ctx.report(type.present ? type : gateway, 'The application gateway has no SSL policy: the default policy of older API versions (AppGwSslPolicy20150501) accepts TLS 1.0.', { fixes: predefinedFix() });
  },
});
