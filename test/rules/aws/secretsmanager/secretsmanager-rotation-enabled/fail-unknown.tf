resource "aws_secretsmanager_secret" "unknown_rotation" {
  name = "api-token"
}

resource "aws_secretsmanager_secret_rotation" "external" {
  secret_id           = var.secret_arn
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
