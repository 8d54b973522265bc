# Settings of an object variable with optional attributes: the default of the optional attribute
# (public = true) is what Terraform passes, so the instance is public.
variable "database" {
  type = object({
    name   = string
    public = optional(bool, true)
  })
  default = {
    name = "orders"
  }
}

resource "aws_db_instance" "bad_optional_default" {
  identifier                  = var.database.name
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.database.public
}

# A local computed from a variable's default.
variable "environment" {
  type    = string
  default = "prod"
}

locals {
  public = var.environment != "prod"
}

resource "aws_db_instance" "good_local" {
  identifier                  = "good-local"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = local.public
}
