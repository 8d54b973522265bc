resource "aws_vpc_peering_connection" "peer" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "bad_all" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "0.0.0.0/0"
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}

resource "aws_route" "bad_ipv6" {
  route_table_id              = "rtb-0123456789abcdef0"
  destination_ipv6_cidr_block = "::/0"
  vpc_peering_connection_id   = aws_vpc_peering_connection.peer.id
}

resource "aws_route_table" "bad_inline" {
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block                = "10.1.0.0/0"
    vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
  }
}

resource "aws_route_table" "bad_attribute_list" {
  vpc_id = "vpc-0123456789abcdef0"
  route = [
    {
      cidr_block                 = "0.0.0.0/0"
      vpc_peering_connection_id  = aws_vpc_peering_connection.peer.id
      ipv6_cidr_block            = null
      gateway_id                 = null
      carrier_gateway_id         = null
      core_network_arn           = null
      destination_prefix_list_id = null
      egress_only_gateway_id     = null
      local_gateway_id           = null
      nat_gateway_id             = null
      network_interface_id       = null
      transit_gateway_id         = null
      vpc_endpoint_id            = null
    },
  ]
}

resource "aws_route" "good_peer_cidr" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}

resource "aws_route" "good_internet" {
  route_table_id         = "rtb-0123456789abcdef0"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}

variable "peer_cidr" {
  type = string
}

resource "aws_route" "unknown_cidr" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = var.peer_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}
