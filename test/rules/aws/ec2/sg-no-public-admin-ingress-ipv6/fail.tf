variable "vpc_id" {
  type = string
}

variable "admin_ipv6_cidrs" {
  description = "IPv6 networks allowed to reach SSH"
  type        = list(string)
}

variable "ssh_port" {
  type = number
}

# IPv4 locked down, IPv6 left open.
resource "aws_security_group" "bad_ssh_inline" {
  name        = "bad-ssh-inline"
  description = "Web servers"
  vpc_id      = var.vpc_id

  ingress {
    description      = "SSH"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["203.0.113.0/24"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

# A port range that covers RDP.
resource "aws_security_group" "bad_rdp_range" {
  name   = "bad-rdp-range"
  vpc_id = var.vpc_id

  ingress {
    from_port        = 3000
    to_port          = 4000
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8::/32", "::/0"]
  }
}

# All protocols.
resource "aws_security_group" "bad_all_traffic" {
  name   = "bad-all-traffic"
  vpc_id = var.vpc_id

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "all"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# A dynamic block whose content opens SSH to everyone over IPv6.
resource "aws_security_group" "bad_dynamic" {
  name   = "bad-dynamic"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = toset(["primary", "secondary"])
    content {
      description      = "SSH (${ingress.value})"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      ipv6_cidr_blocks = ["::/0"]
    }
  }
}

# A standalone aws_security_group_rule.
resource "aws_security_group" "bad_standalone_rule" {
  name   = "bad-standalone-rule"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "bad_standalone_rule_rdp" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.bad_standalone_rule.id
}

# The newer aws_vpc_security_group_ingress_rule resource.
resource "aws_security_group" "bad_vpc_ingress_rule" {
  name   = "bad-vpc-ingress-rule"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "bad_vpc_ingress_rule_ssh" {
  security_group_id = aws_security_group.bad_vpc_ingress_rule.id
  cidr_ipv6         = "::/0"
  from_port         = 22
  ip_protocol       = "tcp"
  to_port           = 22
}

resource "aws_security_group" "good_restricted" {
  name   = "good-restricted"
  vpc_id = var.vpc_id

  ingress {
    description      = "SSH from the office"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    ipv6_cidr_blocks = ["2001:db8:1234::/48"]
  }

  ingress {
    description      = "HTTPS"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description      = "ICMPv6"
    from_port        = -1
    to_port          = -1
    protocol         = "icmpv6"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# SSH open to the IPv4 internet only: the IPv4 rule's business, not this one's.
resource "aws_security_group" "good_ipv4_only" {
  name   = "good-ipv4-only"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# SSH from IPv6 networks given by a variable: cannot be verified.
resource "aws_security_group" "unknown_cidrs" {
  name   = "unknown-cidrs"
  vpc_id = var.vpc_id

  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    ipv6_cidr_blocks = var.admin_ipv6_cidrs
  }
}

# Open to ::/0 on a port from a variable: cannot be verified.
resource "aws_security_group" "unknown_port" {
  name   = "unknown-port"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "unknown_port_ssh" {
  security_group_id = aws_security_group.unknown_port.id
  cidr_ipv6         = "::/0"
  from_port         = var.ssh_port
  ip_protocol       = "tcp"
  to_port           = var.ssh_port
}
