resource "aws_docdb_cluster" "bad_default" {
  cluster_identifier = "orders"
  master_username    = "app"
}

resource "aws_docdb_cluster" "bad_off" {
  cluster_identifier = "catalog"
  storage_encrypted  = false
}

resource "aws_docdb_cluster" "unknown" {
  cluster_identifier = "events"
  storage_encrypted  = var.encrypted
}

resource "aws_docdb_cluster" "good" {
  cluster_identifier = "profiles"
  storage_encrypted  = true
}
