resource "aws_lambda_function" "reader" {
  function_name = "reader"
  role          = "arn:aws:iam::123456789012:role/reader"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"

  environment {
    variables = {
      SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app"
      EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
    }
  }
}

resource "aws_instance" "web" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
  user_data            = "#!/bin/bash\nyum -y update\n"
}

resource "aws_ssm_parameter" "secure" {
  name  = "/app/key"
  type  = "SecureString"
  value = "-----BEGIN RSA PRIVATE KEY-----\nfixture\n-----END RSA PRIVATE KEY-----"
}
