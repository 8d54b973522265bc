resource "aws_opensearch_domain" "bad_default" {
  domain_name    = "bad-default"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "bad_off" {
  domain_name    = "bad-off"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = false
  }
}

resource "aws_opensearch_domain" "unknown_flag" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = var.n2n
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  node_to_node_encryption {
    enabled = true
  }
}
