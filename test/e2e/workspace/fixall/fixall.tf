resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_kms_key" "data" {
  description = "data key"
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = true
}
