resource "aws_iam_role" "rds_monitoring" {
  name = "rds-monitoring"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "monitoring.rds.amazonaws.com" }
    }]
  })
}

resource "aws_db_instance" "main" {
  identifier                  = "main"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "app"
  manage_master_user_password = true
  monitoring_interval         = 60
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}

resource "aws_rds_cluster_instance" "member" {
  identifier          = "member"
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  instance_class      = "db.r7g.large"
  monitoring_interval = 1
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}
