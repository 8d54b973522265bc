resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_snapshot" "good_private" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "app-private"
}

resource "aws_db_snapshot" "good_named" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "app-shared"
  shared_accounts        = ["111122223333", "444455556666"]
}

resource "aws_db_snapshot_copy" "good_unshared" {
  source_db_snapshot_identifier = aws_db_snapshot.good_private.db_snapshot_arn
  target_db_snapshot_identifier = "app-copy"
  shared_accounts               = []
}
