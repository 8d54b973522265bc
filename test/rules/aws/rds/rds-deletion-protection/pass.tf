resource "aws_db_instance" "good_on" {
  identifier                  = "good-on"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  deletion_protection         = true
}
