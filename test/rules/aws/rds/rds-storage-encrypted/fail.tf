variable "storage_encrypted" {
  description = "Whether the database storage is encrypted"
  type        = bool
}

resource "aws_db_subnet_group" "main" {
  name       = "main"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# The setting is missing (defaults to false).
resource "aws_db_instance" "bad_missing" {
  identifier                  = "bad-missing"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.main.name
  skip_final_snapshot         = true
}

# Turned off explicitly.
resource "aws_db_instance" "bad_false" {
  identifier          = "bad-false"
  engine              = "mysql"
  engine_version      = "8.0"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  storage_type        = "gp3"
  storage_encrypted   = false
  username            = "admin"
  password            = "change-me-please"
  skip_final_snapshot = true
}

resource "aws_kms_key" "rds" {
  description         = "RDS storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "good_kms" {
  identifier                  = "good-kms"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
  skip_final_snapshot         = true
}

# The setting comes from a variable: cannot be verified.
resource "aws_db_instance" "unknown_encryption" {
  identifier                  = "unknown-encryption"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = var.storage_encrypted
  skip_final_snapshot         = true
}
