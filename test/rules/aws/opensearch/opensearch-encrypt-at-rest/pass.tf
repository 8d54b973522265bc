resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}
