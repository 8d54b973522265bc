resource "aws_opensearch_domain" "bad_public" {
  domain_name    = "bad-public"
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "bad_empty_subnets" {
  domain_name    = "bad-empty"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = []
  }
}

resource "aws_elasticsearch_domain" "bad_legacy" {
  domain_name = "legacy"
}

resource "aws_opensearch_domain" "unknown_subnets" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = var.subnet_ids
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.search.id]
  }
}
