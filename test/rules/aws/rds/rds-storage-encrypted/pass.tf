resource "aws_db_instance" "main" {
  identifier                  = "main"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  max_allocated_storage       = 500
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  multi_az                    = true
  deletion_protection         = true
}
