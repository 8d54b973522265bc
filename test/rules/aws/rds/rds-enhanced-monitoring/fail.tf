variable "monitoring_interval" {
  type = number
}

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

# Not written: the interval defaults to 0 (off).
resource "aws_db_instance" "bad_default" {
  identifier                  = "bad-default"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

# Turned off, with a role already named: the fix only changes the interval.
resource "aws_db_instance" "bad_zero" {
  identifier                  = "bad-zero"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  monitoring_interval         = 0
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}

resource "aws_rds_cluster_instance" "bad_member" {
  identifier         = "bad-member"
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  instance_class     = "db.r7g.large"
}

resource "aws_rds_cluster_instance" "good_member" {
  identifier          = "good-member"
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  instance_class      = "db.r7g.large"
  monitoring_interval = 30
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}

resource "aws_db_instance" "unknown_interval" {
  identifier                  = "unknown-interval"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  monitoring_interval         = var.monitoring_interval
  monitoring_role_arn         = aws_iam_role.rds_monitoring.arn
}
