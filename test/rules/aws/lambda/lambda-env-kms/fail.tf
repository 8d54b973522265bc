resource "aws_lambda_function" "bad_no_key" {
  function_name = "orders"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/orders.zip"

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}

resource "aws_lambda_function" "unknown_key" {
  function_name = "billing"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/billing.zip"
  kms_key_arn   = lookup(var.keys, "lambda")

  environment {
    variables = {
      TABLE = "billing"
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
