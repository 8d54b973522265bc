variable "access_key" {
  type      = string
  sensitive = true
}

variable "secret_key" {
  type      = string
  sensitive = true
}

# Credentials passed at plan time (TF_VAR_access_key ...): nothing is written here.
provider "aws" {
  region     = "eu-west-1"
  access_key = var.access_key
  secret_key = var.secret_key
}

# LocalStack: placeholder credentials that open nothing.
provider "aws" {
  alias                       = "localstack"
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
}

# AWS's documented example keys.
provider "aws" {
  alias      = "docs"
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

provider "aws" {
  alias   = "profile"
  region  = "us-east-1"
  profile = "deploy"
}

resource "aws_s3_bucket" "logs" {
  bucket = "fixture-logs"
}
