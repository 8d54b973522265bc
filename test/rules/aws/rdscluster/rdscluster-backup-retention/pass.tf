resource "aws_rds_cluster" "good" {
  cluster_identifier          = "good"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
}
