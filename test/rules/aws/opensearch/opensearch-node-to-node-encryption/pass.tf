resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}
