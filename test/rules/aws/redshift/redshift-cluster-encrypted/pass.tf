resource "aws_redshift_cluster" "good" {
  cluster_identifier     = "good"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
}
