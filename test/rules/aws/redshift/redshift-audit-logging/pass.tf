resource "aws_redshift_cluster" "good" {
  cluster_identifier     = "good"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "good" {
  cluster_identifier   = aws_redshift_cluster.good.cluster_identifier
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}
