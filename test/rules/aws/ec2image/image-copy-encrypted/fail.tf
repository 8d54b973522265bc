resource "aws_ebs_snapshot_copy" "bad_default" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

resource "aws_ami_copy" "bad_explicit" {
  name              = "app-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = false
}

resource "aws_ami_copy" "good_encrypted" {
  name              = "app-copy-encrypted"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
}
