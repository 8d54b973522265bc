# A small, realistic workspace with compliance findings, used by `npm run demo`.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-${var.environment}-logs"
  tags = {
    Environment = var.environment
  }
}

resource "aws_security_group" "ssh" {
  name = "ssh-from-anywhere"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "main" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = false
  publicly_accessible = true
  username            = "app"
  password            = var.db_password
}
