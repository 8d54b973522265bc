resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# The deny comes after the allow: the allow matches first.
resource "aws_network_acl" "bad_deny_too_late" {
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
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}

# Only SSH is denied first: RDP stays open.
resource "aws_network_acl" "bad_partly_shadowed" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

# A deny for one network does not stop the rest of the internet.
resource "aws_network_acl" "bad_narrow_deny" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}

variable "deny_rule_number" {
  type = number
}

resource "aws_network_acl" "unknown_order" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = var.deny_rule_number
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}
