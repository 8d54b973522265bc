// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-020',
    name: 'sql-no-public-ip',
    cis: ['6.7'],
    level: 2,
    concept: 'public-network-exposure',
    title: 'Cloud SQL instances have no public IP address',
    severity: 'medium',
    description:
      '`google_sql_database_instance` resources set `settings.ip_configuration.ipv4_enabled = false`. It defaults to true, so an instance without the setting has a public IPv4 address. The name is the same in the google and google-beta providers.',
    rationale:
      'A public address makes the database reachable from outside the VPC whenever an authorized network or the Auth Proxy allows it; with private IP only, a connection has to come from inside the network, and a misconfigured authorized network exposes nothing.',
    remediation:
      'Set `ipv4_enabled = false` and `private_network = <VPC self link>` in `ip_configuration` (private services access must be set up for the VPC). The quick fix writes `ipv4_enabled = false`; it is unsafe because clients that connect over the public address lose access and the private network must exist.',
    links: ['https://cloud.google.com/sql/docs/mysql/configure-private-ip', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled'],
    terraform: ['google_sql_database_instance'],
    aliases: { checkov: ['CKV_GCP_60'] },
    fix: 'unsafe',
  }),
  check(sql, ctx) {
    const ipv4 = sql.attrs.ipv4Enabled;
    requireValue(ctx, ipv4, false, 'whether the instance has a public IP address', ipv4.present ? 'The instance has a public IPv4 address (`ipv4_enabled = true`).' : 'The instance has a public IPv4 address: `ipv4_enabled` defaults to true.', { id: 'private-only', title: 'Turn the public IP off', safety: 'unsafe' });
  },
});
