resource "aws_rds_cluster" "bad_aurora" {
  cluster_identifier = "app"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = "fixture-password-1"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "bad_docdb" {
  cluster_identifier = "docs"
  master_username    = "app"
  master_password    = "fixture-password-2"
}

resource "aws_elasticache_replication_group" "bad_cache" {
  replication_group_id       = "cache"
  description                = "cache"
  transit_encryption_enabled = true
  auth_token                 = "fixture-token-0123456789"
}

variable "redshift_password" {
  type      = string
  sensitive = true
}

resource "aws_redshift_cluster" "good_redshift" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  master_username    = "app"
  master_password    = var.redshift_password
}
