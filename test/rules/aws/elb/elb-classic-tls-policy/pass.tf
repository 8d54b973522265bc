resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = "web"
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
