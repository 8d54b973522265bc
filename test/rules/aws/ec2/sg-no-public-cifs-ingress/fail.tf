variable "smb_cidrs" {
  type = list(string)
}

resource "aws_security_group" "bad_inline" {
  name = "bad-inline"

  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "bad_all" {
  name = "bad-all"

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_vpc_security_group_ingress_rule" "bad_range" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 400
  to_port           = 500
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "good_internal" {
  name = "good-internal"

  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "unknown_networks" {
  name = "unknown-networks"

  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = var.smb_cidrs
  }
}
