resource "aws_lb" "good" {
  name                       = "web"
  subnets                    = var.public_subnets
  enable_deletion_protection = true
}
