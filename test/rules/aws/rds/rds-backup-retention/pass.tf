resource "aws_db_instance" "good_week" {
  identifier                  = "good-week"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 7
}

resource "aws_db_instance" "good_month" {
  identifier                  = "good-month"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 35
}
