resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
}

resource "aws_opensearch_domain" "good_ref" {
  domain_name    = "good-ref"
  engine_version = "OpenSearch_2.13"

  vpc_options {
    subnet_ids = aws_subnet.private[*].id
  }
}
