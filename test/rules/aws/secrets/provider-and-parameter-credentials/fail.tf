variable "deploy_secret_key" {
  type    = string
  default = "fixtureSecretKey/For+Tests00000000000000"
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIATESTFIXTURE2KEY7"
  secret_key = var.deploy_secret_key
}

provider "aws" {
  alias  = "audit"
  region = "us-east-1"
  token  = "FwoGZXIvYXdzEFixtureSessionTokenForTests0000000000000000000000000000000000000000000000000000000000000000000000=="
}

provider "aws" {
  alias  = "ci"
  region = "us-east-1"
  assume_role_with_web_identity {
    role_arn           = "arn:aws:iam::111122223333:role/ci"
    web_identity_token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmaXh0dXJlIn0.Zml4dHVyZVNpZ25hdHVyZQ"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "fixture-logs"
}
