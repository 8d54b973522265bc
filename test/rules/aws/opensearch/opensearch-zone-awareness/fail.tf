resource "aws_opensearch_domain" "bad_default" {
  domain_name    = "bad-default"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "bad_off" {
  domain_name    = "bad-off"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    zone_awareness_enabled = false
  }
}

resource "aws_opensearch_domain" "unknown_flag" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    zone_awareness_enabled = var.multi_az
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    zone_awareness_enabled = true
  }
}

resource "aws_elasticsearch_domain" "bad_legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 2
  }
}
