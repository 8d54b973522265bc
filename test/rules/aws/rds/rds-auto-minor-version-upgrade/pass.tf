resource "aws_db_instance" "good_default" {
  identifier                  = "good-default"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
}

resource "aws_db_instance" "good_explicit" {
  identifier                  = "good-explicit"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  auto_minor_version_upgrade  = true
}

resource "aws_rds_cluster_instance" "good_member" {
  identifier         = "good-member"
  cluster_identifier = "orders"
  engine             = "aurora-mysql"
  instance_class     = "db.r7g.large"
}
