resource "aws_rds_cluster" "bad_postgres" {
  cluster_identifier          = "bad-postgres"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "bad_mysql" {
  cluster_identifier          = "bad-mysql"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "bad_empty" {
  cluster_identifier              = "bad-empty"
  engine                          = "aurora-postgresql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = []
}

resource "aws_rds_cluster" "bad_engine_unknown" {
  cluster_identifier          = "bad-engine-unknown"
  engine                      = var.engine
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "unknown_exports" {
  cluster_identifier              = "unknown-exports"
  engine                          = "aurora-postgresql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_exports
}

resource "aws_rds_cluster" "good" {
  cluster_identifier              = "good"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}
