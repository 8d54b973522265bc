variable "auto_upgrade" {
  type = bool
}

resource "aws_db_instance" "bad_off" {
  identifier                  = "bad-off"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  auto_minor_version_upgrade  = false
}

resource "aws_db_instance" "good_default" {
  identifier                  = "good-default"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "unknown_flag" {
  identifier                  = "unknown-flag"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  auto_minor_version_upgrade  = var.auto_upgrade
}

resource "aws_rds_cluster_instance" "bad_member_off" {
  identifier                 = "bad-member-off"
  cluster_identifier         = "orders"
  engine                     = "aurora-mysql"
  instance_class             = "db.r7g.large"
  auto_minor_version_upgrade = false
}

resource "aws_rds_cluster_instance" "good_member_default" {
  identifier         = "good-member-default"
  cluster_identifier = "orders"
  engine             = "aurora-mysql"
  instance_class     = "db.r7g.large"
}
