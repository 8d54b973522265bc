resource "aws_dax_cluster" "bad_default" {
  cluster_name       = "bad-default"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}

resource "aws_dax_cluster" "bad_off" {
  cluster_name                     = "bad-off"
  iam_role_arn                     = aws_iam_role.dax.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "NONE"
}

resource "aws_dax_cluster" "unknown_flag" {
  cluster_name                     = "unknown"
  iam_role_arn                     = aws_iam_role.dax.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = var.endpoint_encryption
}

resource "aws_dax_cluster" "good" {
  cluster_name                     = "good"
  iam_role_arn                     = aws_iam_role.dax.arn
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"
}
