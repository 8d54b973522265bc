variable "multi_az" {
  type = bool
}

resource "aws_db_instance" "bad_default" {
  identifier                  = "bad-default"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "bad_off" {
  identifier                  = "bad-off"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  multi_az                    = false
}

resource "aws_db_instance" "good_replica" {
  identifier          = "good-replica"
  replicate_source_db = aws_db_instance.good_multi_az.identifier
  instance_class      = "db.t4g.small"
}

resource "aws_db_instance" "good_multi_az" {
  identifier                  = "good-multi-az"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  multi_az                    = true
}

resource "aws_db_instance" "unknown_flag" {
  identifier                  = "unknown-flag"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  multi_az                    = var.multi_az
}
