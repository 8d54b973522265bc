resource "aws_db_instance" "good" {
  identifier                  = "good"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  multi_az                    = true
}

resource "aws_rds_cluster" "main" {
  cluster_identifier          = "main"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "good_aurora_member" {
  identifier         = "good-aurora-member"
  cluster_identifier = aws_rds_cluster.main.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r7g.large"
}
