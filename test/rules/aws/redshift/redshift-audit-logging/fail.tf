resource "aws_redshift_cluster" "bad_no_logging" {
  cluster_identifier     = "bad-no-logging"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "bad_legacy_off" {
  cluster_identifier     = "bad-legacy-off"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable = false
  }
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier     = "good"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "good" {
  cluster_identifier   = aws_redshift_cluster.good.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}

resource "aws_redshift_cluster" "good_literal" {
  cluster_identifier     = "good-literal"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "good_literal" {
  cluster_identifier   = "good-literal"
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}

resource "aws_redshift_cluster" "good_legacy" {
  cluster_identifier     = "good-legacy"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable      = true
    bucket_name = "audit-logs"
  }
}
