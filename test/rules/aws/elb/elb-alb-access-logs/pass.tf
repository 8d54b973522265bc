resource "aws_lb" "good" {
  name    = "web"
  subnets = var.public_subnets

  access_logs {
    bucket  = "acme-lb-logs"
    prefix  = "web"
    enabled = true
  }
}
