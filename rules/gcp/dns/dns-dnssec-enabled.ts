// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.dns.managed-zone',
  meta: gcpMeta({
    id: 'GCP-DNS-001',
    name: 'dns-dnssec-enabled',
    cis: ['3.3'],
    level: 1,
    concept: 'encryption-in-transit',
    remark: 'DNSSEC protects the integrity of DNS answers on their way to resolvers (SC-8 covers integrity in transmission).',
    title: 'Public Cloud DNS zones are signed with DNSSEC',
    severity: 'medium',
    description:
      'Public `google_dns_managed_zone` resources set `dnssec_config { state = "on" }`. A zone without a `dnssec_config` block, or with `state = "off"` or `"transfer"`, is not signed. Private zones (`visibility = "private"`) are not checked: DNSSEC does not apply to them. The names are the same in the google and google-beta providers.',
    rationale:
      'Without signatures a resolver cannot tell a genuine answer from a forged one, so cache poisoning or an on-path attacker can send users of the domain to a host of their choosing. Signing the zone lets validating resolvers reject forged records.',
    remediation:
      'Add `dnssec_config { state = "on" }` to the zone, then publish the DS record Cloud DNS gives you at the domain registrar (until then resolvers do not validate the signatures). The quick fix turns signing on; it is marked unsafe because the registrar step is yours.',
    links: ['https://cloud.google.com/dns/docs/dnssec-config', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config'],
    terraform: ['google_dns_managed_zone'],
    aliases: { checkov: ['CKV_GCP_16'], trivy: ['AVD-GCP-0013'] },
    fix: 'unsafe',
  }),
  check(zone, ctx) {
    const visibility = zone.attrs.visibility;
    if (visibility.value instanceof Unknown) {
      ctx.cannotVerify(visibility, visibility.value, 'whether the zone is public (DNSSEC applies to public zones)');
      return;
    }
    if (typeof visibility.value === 'string' && visibility.value.toLowerCase() === 'private') return;
    const state = zone.attrs.dnssecState;
    if (state.value instanceof Unknown) {
      ctx.cannotVerify(state, state.value, 'the DNSSEC state of the zone');
      return;
    }
    if (state.value === 'on') return;
    const message = state.present ? `DNSSEC is ${show(state.value)} on this public zone, so its answers are not signed.` : 'The public zone has no `dnssec_config`, so DNSSEC is off and its answers are not signed.';
    ctx.report(state, message, { fixes: setFix('dnssec-on', 'Turn DNSSEC on', 'unsafe', [state, lit('on')]) });
  },
});
