// SPDX-License-Identifier: Apache-2.0
// The metadata the internet-exposure firewall rules share (CIS GCP 3.6 SSH, 3.7 RDP).

import type { RuleMeta } from '../api';
import { gcpMeta } from './gcp';

export function firewallMeta(m: { id: string; name: string; cis: string; service: string; port: number; aliases: NonNullable<RuleMeta['aliases']> }): RuleMeta {
  return gcpMeta({
    id: m.id,
    name: m.name,
    cis: [m.cis],
    level: 2,
    concept: 'control-plane-exposure',
    title: `VPC firewall rules do not allow ${m.service} from the internet`,
    severity: 'high',
    description: `Enabled ingress \`google_compute_firewall\` rules do not allow TCP port ${m.port} (${m.service}) from \`0.0.0.0/0\` or \`::/0\`. An \`allow\` block counts when its protocol is \`tcp\` or \`all\` and its \`ports\` include ${m.port} (a single port or a range such as \`"1-65535"\`, or no \`ports\` at all). A rule with no \`source_ranges\`, \`source_tags\` or \`source_service_accounts\` counts as open to the internet, since Google Cloud then uses 0.0.0.0/0. Egress and \`disabled = true\` rules are not checked. The names are the same in the google and google-beta providers.`,
    rationale: `A ${m.service} port reachable from any address is scanned and attacked within minutes of creation: password guessing, stolen keys and flaws in the ${m.service} service all work from anywhere. Limiting the source leaves attackers nothing to connect to.`,
    remediation: `Narrow \`source_ranges\` to the addresses that administer the VMs, or use Identity-Aware Proxy TCP forwarding (source \`35.235.240.0/20\`) or a bastion host. There is no quick fix: only you know which addresses should keep access.`,
    links: ['https://cloud.google.com/firewall/docs/firewalls', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall'],
    terraform: ['google_compute_firewall'],
    aliases: m.aliases,
    fix: 'none',
  });
}
