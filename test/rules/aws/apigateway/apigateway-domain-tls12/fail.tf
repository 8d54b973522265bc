resource "aws_api_gateway_domain_name" "bad_default" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "bad_tls10" {
  domain_name              = "legacy.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_0"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "unknown_policy" {
  domain_name              = "beta.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = var.tls_policy

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
