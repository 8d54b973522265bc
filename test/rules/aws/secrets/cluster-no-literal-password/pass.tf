resource "aws_rds_cluster" "aurora" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

variable "docdb_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "docdb" {
  cluster_identifier = "docs"
  master_username    = "app"
  master_password    = var.docdb_password
}
