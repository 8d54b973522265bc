// SPDX-License-Identifier: Apache-2.0
// VPC routes (CIS AWS 5.6): a route's destination and target, written as its own resource or inline in a
// Terraform route table.
import type { CatalogKind } from './types';

const ROUTE_TARGET = {
  vpcPeeringConnectionId: { type: 'string', terraform: ['vpc_peering_connection_id'], cloudformation: ['VpcPeeringConnectionId'] },
} as const;

export const VPCROUTES = [
  {
    /** `aws_route` / `AWS::EC2::Route` carry one route in their attrs; `aws_route_table` lists its inline routes. */
    kind: 'aws.ec2.route',
    terraform: ['aws_route', 'aws_route_table'],
    cloudformation: ['AWS::EC2::Route'],
    attrs: {
      ...ROUTE_TARGET,
      destinationCidr: { type: 'string', terraform: ['destination_cidr_block'], cloudformation: ['DestinationCidrBlock'] },
      destinationIpv6Cidr: { type: 'string', terraform: ['destination_ipv6_cidr_block'], cloudformation: ['DestinationIpv6CidrBlock'] },
    },
    lists: {
      /** Inline `route` blocks of `aws_route_table` (or the attribute list `route = [{...}]`). */
      routes: {
        terraform: ['route'],
        cloudformation: null,
        attrs: {
          ...ROUTE_TARGET,
          destinationCidr: { type: 'string', terraform: ['cidr_block'], cloudformation: null },
          destinationIpv6Cidr: { type: 'string', terraform: ['ipv6_cidr_block'], cloudformation: null },
        },
      },
    },
  },
] as const satisfies readonly CatalogKind[];
