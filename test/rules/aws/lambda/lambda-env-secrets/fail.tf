resource "aws_lambda_function" "bad_literal" {
  function_name = "orders"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/orders.zip"

  environment {
    variables = {
      DB_HOST        = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
      DB_PASSWORD    = "hunter2-prod"
      STRIPE_API_KEY = "sk_live_51H8xyz"
    }
  }
}

resource "aws_lambda_function" "unknown_env" {
  function_name = "billing"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/billing.zip"

  environment {
    variables = var.billing_env
  }
}

resource "aws_lambda_function" "good_refs" {
  function_name = "users"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/users.zip"

  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      API_TOKEN              = var.api_token
      KMS_KEY_ID             = "alias/app"
    }
  }
}
