variable "admin_port" {
  type = number
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "bad_inline" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 110
    action     = "deny"
    protocol   = "tcp"
    from_port  = 3389
    to_port    = 3389
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl" "acl" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "bad_all_traffic" {
  network_acl_id = aws_network_acl.acl.id
  rule_number    = 100
  egress         = false
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "bad_rdp_ipv6" {
  network_acl_id  = aws_network_acl.acl.id
  rule_number     = 110
  protocol        = "tcp"
  rule_action     = "allow"
  from_port       = 3389
  to_port         = 3389
  ipv6_cidr_block = "::/0"
}

resource "aws_network_acl_rule" "good_https" {
  network_acl_id = aws_network_acl.acl.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = 443
  to_port        = 443
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "good_egress" {
  network_acl_id = aws_network_acl.acl.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "unknown_port" {
  network_acl_id = aws_network_acl.acl.id
  rule_number    = 130
  protocol       = "tcp"
  rule_action    = "allow"
  from_port      = var.admin_port
  to_port        = var.admin_port
  cidr_block     = "0.0.0.0/0"
}
