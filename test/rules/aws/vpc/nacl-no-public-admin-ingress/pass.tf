resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "good" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.20.0.0/16"
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl_rule" "good_deny_ssh" {
  network_acl_id = aws_network_acl.good.id
  rule_number    = 90
  protocol       = "tcp"
  rule_action    = "deny"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0"
}
