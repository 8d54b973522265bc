resource "aws_secretsmanager_secret" "good" {
  name = "db-password"
}

resource "aws_secretsmanager_secret_rotation" "good" {
  secret_id           = aws_secretsmanager_secret.good.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
