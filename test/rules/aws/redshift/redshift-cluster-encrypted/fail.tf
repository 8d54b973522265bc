resource "aws_redshift_cluster" "bad_default" {
  cluster_identifier     = "bad-default"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "bad_off" {
  cluster_identifier     = "bad-off"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = false
}

resource "aws_redshift_cluster" "unknown_flag" {
  cluster_identifier     = "unknown"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = var.encrypted
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier     = "good"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
}
