resource "aws_rds_cluster" "bad_default" {
  cluster_identifier          = "bad-default"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "bad_off" {
  cluster_identifier          = "bad-off"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = false
}

resource "aws_rds_cluster" "unknown_flag" {
  cluster_identifier          = "unknown"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = var.encrypted
}

resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Aurora Serverless v1 is always encrypted: nothing to flag, even without storage_encrypted.
resource "aws_rds_cluster" "good_serverless_v1" {
  cluster_identifier          = "good-serverless-v1"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "app"
  manage_master_user_password = true
}

# Serverless v2 clusters are provisioned clusters: the setting counts.
resource "aws_rds_cluster" "bad_serverless_v2" {
  cluster_identifier          = "bad-serverless-v2"
  engine                      = "aurora-postgresql"
  engine_mode                 = "provisioned"
  master_username             = "app"
  manage_master_user_password = true

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 4
  }
}
