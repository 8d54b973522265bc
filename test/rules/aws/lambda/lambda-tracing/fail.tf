resource "aws_lambda_function" "bad_default" {
  function_name = "orders"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/orders.zip"
}

resource "aws_lambda_function" "bad_passthrough" {
  function_name = "billing"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/billing.zip"

  tracing_config {
    mode = "PassThrough"
  }
}

resource "aws_lambda_function" "unknown_mode" {
  function_name = "users"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/users.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}
