resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled = true
  }
}
