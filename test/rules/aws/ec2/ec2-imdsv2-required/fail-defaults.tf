# Tokens from a variable whose default is "optional": IMDSv1 stays allowed.
variable "http_tokens" {
  description = "optional or required"
  type        = string
  default     = "optional"
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
}

resource "aws_instance" "bad_default_tokens" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}

# count = 0 for the default inputs: the launch template does not exist, so it is not judged.
variable "create_template" {
  type    = bool
  default = false
}

resource "aws_launch_template" "good_not_created" {
  count       = var.create_template ? 1 : 0
  name_prefix = "batch-"
  image_id    = data.aws_ami.al2023.id

  metadata_options {
    http_tokens = "optional"
  }
}

# for_each over a map: only the instance whose settings violate is named.
resource "aws_instance" "bad_per_instance" {
  for_each      = { web = "required", batch = "optional" }
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = each.value
  }
}
