resource "aws_lambda_function" "good" {
  function_name = "orders"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/orders.zip"

  tracing_config {
    mode = "Active"
  }
}
