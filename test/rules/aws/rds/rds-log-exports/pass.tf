resource "aws_db_instance" "good_postgres" {
  identifier                      = "good-postgres"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_db_instance" "good_mysql" {
  identifier                      = "good-mysql"
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}
