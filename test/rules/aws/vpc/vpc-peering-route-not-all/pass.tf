resource "aws_vpc_peering_connection" "peer" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "to_peer" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
  }

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }
}

resource "aws_vpc" "peer" {
  cidr_block = "10.2.0.0/16"
}

# A VPC's CIDR is never a /0.
resource "aws_route" "to_peer_vpc" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = aws_vpc.peer.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}
