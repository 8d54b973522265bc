# Account defaults that leave IMDSv1 allowed do not cover instances without metadata options.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "no-preference"
}

resource "aws_instance" "bad_relies_on_ami" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
}

# Declared "optional": high severity whatever the defaults.
resource "aws_instance" "bad_optional" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
  metadata_options {
    http_tokens = "optional"
  }
}
