resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier          = "serverless-v1"
  engine                      = "aurora-postgresql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}
