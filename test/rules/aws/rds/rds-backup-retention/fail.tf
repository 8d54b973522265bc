variable "retention" {
  type = number
}

resource "aws_db_instance" "bad_default" {
  identifier                  = "bad-default"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "bad_zero" {
  identifier                  = "bad-zero"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 0
}

resource "aws_db_instance" "bad_short" {
  identifier                  = "bad-short"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 3
}

resource "aws_db_instance" "good_week" {
  identifier                  = "good-week"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
}

resource "aws_db_instance" "unknown_retention" {
  identifier                  = "unknown-retention"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = var.retention
}
