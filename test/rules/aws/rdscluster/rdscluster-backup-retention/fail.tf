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
  backup_retention_period     = 3
}

resource "aws_rds_cluster" "unknown_flag" {
  cluster_identifier          = "unknown"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = var.retention_days
}

resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = 14
}
