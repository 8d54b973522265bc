resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Entries written as an attribute list.
resource "aws_network_acl" "bad_attribute_list" {
  vpc_id = aws_vpc.main.id

  ingress = [
    {
      rule_no         = 100
      action          = "allow"
      protocol        = "tcp"
      from_port       = 22
      to_port         = 22
      cidr_block      = "0.0.0.0/0"
      ipv6_cidr_block = null
      icmp_code       = null
      icmp_type       = null
    },
  ]
  egress = []
}

# A /0 block with host bits, and an IPv6 any-address written in full.
resource "aws_network_acl_rule" "bad_host_bits" {
  network_acl_id = aws_vpc.main.default_network_acl_id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "172.16.0.1/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl_rule" "bad_ipv6_long_form" {
  network_acl_id  = aws_vpc.main.default_network_acl_id
  rule_number     = 110
  egress          = false
  protocol        = "-1"
  rule_action     = "allow"
  ipv6_cidr_block = "0:0:0:0:0:0:0:0/0"
}

resource "aws_network_acl" "good_attribute_list" {
  vpc_id = aws_vpc.main.id

  ingress = [
    {
      rule_no         = 100
      action          = "allow"
      protocol        = "tcp"
      from_port       = 443
      to_port         = 443
      cidr_block      = "0.0.0.0/0"
      ipv6_cidr_block = null
      icmp_code       = null
      icmp_type       = null
    },
    {
      rule_no         = 110
      action          = "allow"
      protocol        = "tcp"
      from_port       = 22
      to_port         = 22
      cidr_block      = "10.0.0.0/8"
      ipv6_cidr_block = null
      icmp_code       = null
      icmp_type       = null
    },
  ]
}
