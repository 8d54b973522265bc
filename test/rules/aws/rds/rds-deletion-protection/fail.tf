variable "protect" {
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
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = false
}

resource "aws_db_instance" "good_on" {
  identifier                  = "good-on"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = true
}

resource "aws_db_instance" "unknown_flag" {
  identifier                  = "unknown-flag"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = var.protect
}
