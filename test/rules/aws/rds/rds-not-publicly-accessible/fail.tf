variable "publicly_accessible" {
  description = "Whether the database gets a public endpoint"
  type        = bool
}

resource "aws_db_subnet_group" "public" {
  name       = "public"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_db_instance" "bad_public" {
  identifier                  = "bad-public"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = aws_db_subnet_group.public.name
  publicly_accessible         = true
  skip_final_snapshot         = true
}

# Written as a string, which Terraform converts to a bool.
resource "aws_db_instance" "bad_string_true" {
  identifier                  = "bad-string-true"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "admin"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = "true"
}

resource "aws_db_instance" "good_private" {
  identifier                  = "good-private"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
}

# Not written: the provider's default is false.
resource "aws_db_instance" "good_default" {
  identifier                  = "good-default"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# The setting comes from a variable: cannot be verified.
resource "aws_db_instance" "unknown_public" {
  identifier                  = "unknown-public"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.publicly_accessible
}

# Aurora cluster members have the same setting.
resource "aws_rds_cluster_instance" "bad_public_member" {
  identifier          = "bad-public-member"
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  instance_class      = "db.r7g.large"
  publicly_accessible = true
}

resource "aws_rds_cluster_instance" "good_private_member" {
  identifier         = "good-private-member"
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  instance_class     = "db.r7g.large"
}
