variable "http_tokens" {
  description = "optional or required"
  type        = string
}

variable "metadata_endpoint" {
  description = "enabled or disabled"
  type        = string
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

# No metadata_options block: IMDSv1 is allowed.
resource "aws_instance" "bad_no_metadata_options" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  root_block_device {
    encrypted   = true
    volume_size = 20
  }

  tags = {
    Name = "bad-no-metadata-options"
  }
}

# http_tokens = "optional".
resource "aws_instance" "bad_optional" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}

# A metadata_options block without http_tokens.
resource "aws_instance" "bad_tokens_missing" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_put_response_hop_limit = 2
    instance_metadata_tags      = "enabled"
  }
}

# The same, as a one-line block.
resource "aws_instance" "bad_one_line" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options { http_endpoint = "enabled" }
}

# A launch template without metadata options.
resource "aws_launch_template" "bad_launch_template" {
  name_prefix   = "web-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.small"

  monitoring {
    enabled = true
  }
}

resource "aws_instance" "good_required" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "good_launch_template" {
  name_prefix   = "app-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.small"

  metadata_options {
    http_tokens = "required"
  }
}

# The metadata endpoint is turned off: no IMDS at all.
resource "aws_instance" "good_endpoint_disabled" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# Tokens from a variable: cannot be verified.
resource "aws_instance" "unknown_tokens" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}

# The endpoint from a variable, tokens optional: cannot be verified.
resource "aws_launch_template" "unknown_endpoint" {
  name_prefix = "batch-"
  image_id    = data.aws_ami.al2023.id

  metadata_options {
    http_endpoint = var.metadata_endpoint
    http_tokens   = "optional"
  }
}
