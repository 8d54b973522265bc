variable "log_types" {
  type = list(string)
}

resource "aws_db_instance" "bad_default_postgres" {
  identifier                  = "bad-default-postgres"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "bad_default_mysql" {
  identifier                  = "bad-default-mysql"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "bad_empty" {
  identifier                      = "bad-empty"
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = []
}

resource "aws_db_instance" "good_exports" {
  identifier                      = "good-exports"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "unknown_exports" {
  identifier                      = "unknown-exports"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_types
}
