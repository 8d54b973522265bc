resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    zone_awareness_enabled = true
  }
}
