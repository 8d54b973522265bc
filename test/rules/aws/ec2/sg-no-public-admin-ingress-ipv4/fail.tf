variable "vpc_id" {
  type = string
}

variable "admin_cidrs" {
  description = "Networks allowed to reach SSH"
  type        = list(string)
}

variable "bastion_sg_id" {
  description = "Security group of the bastion, managed elsewhere"
  type        = string
}

variable "admin_ports" {
  type    = list(number)
  default = [22, 3389]
}

variable "ingress_rules" {
  description = "Ingress rules, as terraform-aws-modules/security-group takes them"
  type = list(object({
    from_port   = number
    to_port     = number
    protocol    = string
    cidr_blocks = list(string)
  }))
}

# SSH from anywhere, inline.
resource "aws_security_group" "bad_ssh_inline" {
  name        = "bad-ssh-inline"
  description = "Web servers"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A port range that covers RDP.
resource "aws_security_group" "bad_rdp_range" {
  name   = "bad-rdp-range"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 3000
    to_port     = 4000
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A range from 0 that covers both SSH and RDP, with the protocol number for TCP.
resource "aws_security_group" "bad_low_ports" {
  name   = "bad-low-ports"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "6"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# All protocols, all ports.
resource "aws_security_group" "bad_all_traffic" {
  name   = "bad-all-traffic"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A dynamic block whose content opens SSH to everyone.
resource "aws_security_group" "bad_dynamic" {
  name   = "bad-dynamic"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = toset(["primary", "secondary"])
    content {
      description = "SSH (${ingress.value})"
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

# A standalone aws_security_group_rule.
resource "aws_security_group" "bad_standalone_rule" {
  name   = "bad-standalone-rule"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "bad_standalone_rule_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.bad_standalone_rule.id
}

# The newer aws_vpc_security_group_ingress_rule resource.
resource "aws_security_group" "bad_vpc_ingress_rule" {
  name   = "bad-vpc-ingress-rule"
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "bad_vpc_ingress_rule_rdp" {
  security_group_id = aws_security_group.bad_vpc_ingress_rule.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 3389
  ip_protocol       = "tcp"
  to_port           = 3389
}

resource "aws_vpc_security_group_ingress_rule" "bad_vpc_ingress_rule_all" {
  security_group_id = aws_security_group.bad_vpc_ingress_rule.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

# A rule for a group defined outside this configuration is checked on its own.
resource "aws_security_group_rule" "bad_external_group_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = var.bastion_sg_id
}

resource "aws_security_group" "good_restricted" {
  name   = "good-restricted"
  vpc_id = var.vpc_id

  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["203.0.113.0/24"]
  }

  ingress {
    description = "HTTP and HTTPS"
    from_port   = 80
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "Ping"
    from_port   = 8
    to_port     = 0
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description     = "SSH from the bastion"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    security_groups = [var.bastion_sg_id]
  }
}

resource "aws_security_group_rule" "good_restricted_egress" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.good_restricted.id
}

# SSH open to the IPv6 internet only: the IPv6 rule's business, not this one's.
resource "aws_security_group" "good_ipv6_only" {
  name   = "good-ipv6-only"
  vpc_id = var.vpc_id

  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# SSH from networks given by a variable: cannot be verified.
resource "aws_security_group" "unknown_cidrs" {
  name   = "unknown-cidrs"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

# Ports from a dynamic block over a variable's default ([22, 3389]), open to everyone: both flagged.
resource "aws_security_group" "bad_dynamic_ports_default" {
  name   = "bad-dynamic-ports-default"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = var.admin_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

# Everything from a variable: cannot be verified (and not silently passed).
resource "aws_security_group" "unknown_fully_dynamic" {
  name   = "unknown-fully-dynamic"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      protocol    = ingress.value.protocol
      cidr_blocks = ingress.value.cidr_blocks
    }
  }
}
