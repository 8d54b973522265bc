// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { isAnyAddress } from '../../lib/cidr';

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-019',
    name: 'sql-no-open-authorized-networks',
    cis: ['6.5'],
    level: 1,
    concept: 'public-network-exposure',
    title: 'Cloud SQL instances do not authorize every public address',
    severity: 'critical',
    description:
      'No `settings.ip_configuration.authorized_networks` entry of a `google_sql_database_instance` has `value = "0.0.0.0/0"` (or any other /0 range). Entries in blocks, `dynamic` blocks (reported as "cannot verify") and the attribute-list form are all read. The names are the same in the google and google-beta providers.',
    rationale:
      'An authorized network of 0.0.0.0/0 puts the database\'s public address in reach of the whole internet: only the database password stands between it and every scanner and credential-stuffing bot.',
    remediation:
      'List only the networks that must connect (office ranges, CI runners), or turn the public IP off and connect through private IP or the Cloud SQL Auth Proxy. There is no quick fix: only you know which addresses need access.',
    links: ['https://cloud.google.com/sql/docs/mysql/configure-ip#add', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks'],
    terraform: ['google_sql_database_instance'],
    aliases: { checkov: ['CKV_GCP_11'] },
    fix: 'none',
  }),
  check(sql, ctx) {
    const nets = sql.lists.authorizedNetworks;
    if (nets.unknown) ctx.cannotVerify(sql, nets.unknown, 'which networks may connect to the instance');
    for (const n of nets.items) {
      const v = n.attrs.value;
      if (v.value instanceof Unknown) {
        ctx.cannotVerify(v, v.value, 'which network the authorized network entry allows');
        continue;
      }
      if (typeof v.value === 'string' && isAnyAddress(v.value.trim(), 'ipv4')) ctx.report(v, `The instance authorizes ${v.value.trim()}: every address on the internet may connect to its public IP.`, {});
    }
  },
});
