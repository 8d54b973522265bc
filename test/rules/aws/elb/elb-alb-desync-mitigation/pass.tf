resource "aws_lb" "good" {
  name                   = "web"
  subnets                = var.public_subnets
  desync_mitigation_mode = "strictest"
}
