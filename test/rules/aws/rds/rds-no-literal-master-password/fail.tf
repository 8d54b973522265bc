variable "db_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/db"
}

resource "aws_db_instance" "bad_literal" {
  identifier        = "bad-literal"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "admin"
  password          = "Sup3rS3cret!"
}

resource "aws_db_instance" "good_variable" {
  identifier        = "good-variable"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "admin"
  password          = var.db_password
}

resource "aws_db_instance" "good_secret" {
  identifier        = "good-secret"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "admin"
  password          = data.aws_secretsmanager_secret_version.db.secret_string
}

resource "aws_db_instance" "good_managed" {
  identifier                  = "good-managed"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}
