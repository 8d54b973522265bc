// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, setFix, spelled, Unknown } from '../../api';
import type { Attr, CatalogResourceOf, FixValue } from '../../api';
import { anyAddressName, isAnyAddress, mayBeAnyAddress, writtenAs } from '../../lib/cidr';
import type { IpFamily } from '../../lib/cidr';

export default defineCatalogRule({
  kind: 'aws.ec2.route',
  meta: {
    id: 'AWS-VPC-003',
    name: 'vpc-peering-route-not-all',
    title: 'Routes to a VPC peering connection do not cover every address',
    severity: 'medium',
    description:
      'Partial check: a route whose target is a VPC peering connection (`aws_route`, inline `route` of `aws_route_table` in block or attribute-list form, `AWS::EC2::Route` with `VpcPeeringConnectionId`) does not send `0.0.0.0/0` or `::/0` (any /0 spelling) to the peer. Whether a narrower range is still wider than the hosts that need to talk is a design question code cannot answer.',
    rationale:
      'A peering route for every address sends all traffic without a more specific route to the other VPC, not just traffic meant for it, and makes every subnet behind the route table reachable from the whole peer. Routing only the peer\'s CIDR, or the subnets that must talk, keeps a mistake or a compromise in one VPC from spreading.',
    remediation:
      'Set the route\'s destination to the peer VPC\'s CIDR (or narrower): `destination_cidr_block` on `aws_route`, `cidr_block` in a `route` block, `DestinationCidrBlock` on `AWS::EC2::Route`. The quick fix adds a variable for that CIDR (unsafe: traffic to other addresses stops going to the peer).',
    links: ['https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html', 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.6'],
      'cis-aws-3.0.0': ['5.5'],
      'cis-aws-1.4.0': ['5.4'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-4', 'SC-7'],
      'nist-csf-2.0': ['PR.IR-01'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (network segmentation and information flow); the reference maps list none for this recommendation in v5.0.0.',
    resourceTypes: { terraform: ['aws_route', 'aws_route_table'], cloudformation: ['AWS::EC2::Route'] },
    aliases: { checkov: ['CKV_AWS_271'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const routes: { attrs: CatalogResourceOf<'aws.ec2.route'>['attrs']; inline: boolean }[] = [{ attrs: r.attrs, inline: false }];
    const listed = r.lists.routes;
    if (listed.unknown) ctx.cannotVerify(r, listed.unknown, 'the route table\'s inline routes');
    for (const item of listed.items) routes.push({ attrs: item.attrs, inline: true });
    for (const { attrs } of routes) {
      const peering = attrs.vpcPeeringConnectionId;
      if (!peering.present || peering.value === null || peering.value === '') continue;
      for (const [family, attr] of [['ipv4', attrs.destinationCidr], ['ipv6', attrs.destinationIpv6Cidr]] as [IpFamily, Attr<unknown>][]) {
        if (!attr.present) continue;
        const v = attr.value;
        if (v instanceof Unknown) {
          // The CIDR of a VPC or subnet of this configuration (or looked up): AWS never gives those a /0.
          if ((v.ref.kind === 'resource' || v.ref.kind === 'data') && /cidr_block|CidrBlock/.test(v.ref.attribute ?? v.detail)) continue;
          // A parameter whose AllowedPattern only admits narrower prefixes is never a /0 block.
          if (!mayBeAnyAddress(v, family)) continue;
          ctx.cannotVerify(attr, v, 'whether this VPC peering route covers every address');
          continue;
        }
        if (typeof v !== 'string' || !isAnyAddress(v, family)) continue;
        const name = family === 'ipv4' ? spelled(r, 'peer_vpc_cidr', 'PeerVpcCidr') : spelled(r, 'peer_vpc_ipv6_cidr', 'PeerVpcIpv6Cidr');
        const placeholder: FixValue = { kind: 'placeholder', name, description: `The ${family === 'ipv4' ? 'IPv4' : 'IPv6'} CIDR of the peer VPC (or of the peer subnets this route table must reach)` };
        ctx.report(attr, `This route sends ${anyAddressName(family)}${writtenAs(v, family)} to a VPC peering connection: every address without a more specific route goes to the peer VPC. Route only the peer's CIDR.`, {
          fixes: attr.location ? setFix('narrow-destination', 'Route only the peer VPC\'s CIDR (adds a variable for it)', 'unsafe', [attr, placeholder]) : [],
        });
      }
    }
  },
});
