variable "consumer_accounts" {
  type = list(string)
}

resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-postgresql"
  master_username             = "reports"
  manage_master_user_password = true
}

resource "aws_db_snapshot" "bad_public" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "app-public"
  shared_accounts        = ["all"]
}

resource "aws_db_cluster_snapshot" "bad_public_and_named" {
  db_cluster_identifier          = aws_rds_cluster.reports.cluster_identifier
  db_cluster_snapshot_identifier = "reports-public"
  shared_accounts                = ["111122223333", "all"]
}

resource "aws_db_snapshot_copy" "bad_public_copy" {
  source_db_snapshot_identifier = aws_db_snapshot.bad_public.db_snapshot_arn
  target_db_snapshot_identifier = "app-copy"
  shared_accounts               = ["all"]
}

# The accounts come from a variable without a value: "all" may be among them.
resource "aws_db_snapshot" "unknown_accounts" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "app-unknown"
  shared_accounts        = var.consumer_accounts
}

resource "aws_db_snapshot" "good_named" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "app-shared"
  shared_accounts        = ["111122223333"]
}
