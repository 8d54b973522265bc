resource "aws_lambda_function" "good" {
  function_name = "users"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/users.zip"

  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      API_TOKEN              = var.api_token
      LOG_LEVEL              = "info"
      CACHE_KEY_PREFIX       = ""
    }
  }
}

resource "aws_lambda_function" "good_no_env" {
  function_name = "ping"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/ping.zip"
}
