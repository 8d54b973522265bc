resource "aws_load_balancer_policy" "bad_reference" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}

resource "aws_load_balancer_policy" "bad_protocol" {
  load_balancer_name = "web"
  policy_name        = "custom-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
}

resource "aws_load_balancer_policy" "good_tls12" {
  load_balancer_name = "web"
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_policy" "good_other_type" {
  load_balancer_name = "web"
  policy_name        = "proxy"
  policy_type_name   = "ProxyProtocolPolicyType"

  policy_attribute {
    name  = "ProxyProtocol"
    value = "true"
  }
}

# The older resource for the same policy: always an SSL negotiation policy, with `attribute` blocks.
resource "aws_lb_ssl_negotiation_policy" "bad_legacy_tls1" {
  name          = "legacy-tls"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
}

resource "aws_lb_ssl_negotiation_policy" "good_legacy_reference" {
  name          = "legacy-reference"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
