resource "aws_lb" "good" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = var.public_subnets
  drop_invalid_header_fields = true
}
