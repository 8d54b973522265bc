resource "aws_opensearch_domain" "bad_default" {
  domain_name    = "bad-default"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "bad_http" {
  domain_name    = "bad-http"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "bad_old_tls" {
  domain_name    = "bad-old-tls"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

resource "aws_opensearch_domain" "unknown_policy" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}
