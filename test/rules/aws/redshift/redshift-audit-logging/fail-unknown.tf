resource "aws_redshift_cluster" "unknown_logging" {
  cluster_identifier     = "unknown"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "shared" {
  cluster_identifier   = var.cluster_identifier
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}
