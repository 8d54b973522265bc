// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, list, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { admitsTcp, cidrWithin, IAP_RANGE } from '../../lib/gcp-firewall';

export default defineCatalogRule({
  kind: 'gcp.compute.firewall',
  meta: gcpMeta({
    id: 'GCP-NETWORK-006',
    name: 'firewall-admin-through-iap',
    cis: ['3.12'],
    level: 2,
    concept: 'control-plane-exposure',
    title: 'SSH and RDP are admitted only from Identity-Aware Proxy',
    severity: 'low',
    description:
      'Enabled ingress `google_compute_firewall` rules that allow TCP 22 (SSH) or 3389 (RDP) list in `source_ranges` only addresses inside Identity-Aware Proxy\'s range `35.235.240.0/20`, so administrative access goes through IAP, which authenticates each user with IAM. Rules that name sources only by tag or service account are not checked. This is the part of CIS GCP 3.12 code can decide; whether backends behind load balancers accept only Google\'s front-end ranges depends on how traffic reaches them. The names are the same in the google and google-beta providers.',
    rationale:
      'SSH and RDP opened to office or VPN ranges rely on network location: anyone on those networks, or anyone who reaches them, can try the port. Through IAP every connection is tied to a Google identity, checked against IAM and logged, and the VM needs no address reachable from anywhere else.',
    remediation:
      'Set `source_ranges = ["35.235.240.0/20"]`, grant `roles/iap.tunnelResourceAccessor` to the administrators, and connect with `gcloud compute ssh --tunnel-through-iap`. The quick fix writes that range; it is unsafe because connections from the other ranges stop working.',
    links: ['https://cloud.google.com/iap/docs/using-tcp-forwarding', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall#source_ranges'],
    terraform: ['google_compute_firewall'],
    fix: 'unsafe',
  }),
  check(fw, ctx) {
    const ranges = fw.attrs.sourceRanges;
    if (!ranges.present) return;
    const admits = admitsTcp(fw, [22, 3389]);
    if (admits === false) return;
    const name = typeof fw.attrs.name.value === 'string' ? ` "${fw.attrs.name.value}"` : '';
    if (admits instanceof Unknown) {
      ctx.cannotVerify(fw, admits, `whether the firewall rule${name} admits SSH or RDP`);
      return;
    }
    if (ranges.value instanceof Unknown) {
      ctx.cannotVerify(ranges, ranges.value, `whether the firewall rule${name} admits SSH or RDP only from IAP`);
      return;
    }
    const values = Array.isArray(ranges.value) ? (ranges.value as unknown[]) : [];
    const outside: string[] = [];
    for (const v of values) {
      if (v instanceof Unknown) {
        ctx.cannotVerify(ranges, v, `whether the firewall rule${name} admits SSH or RDP only from IAP`);
        return;
      }
      if (typeof v === 'string' && cidrWithin(v, IAP_RANGE) !== true) outside.push(v.trim());
    }
    if (outside.length === 0) return;
    ctx.report(ranges, `The firewall rule${name} admits SSH or RDP from ${outside.join(', ')}, outside Identity-Aware Proxy's range ${IAP_RANGE}.`, {
      fixes: setFix('iap-only', 'Admit SSH and RDP only from IAP', 'unsafe', [ranges, list(lit(IAP_RANGE))]),
    });
  },
});
