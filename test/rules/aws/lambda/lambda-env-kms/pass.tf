resource "aws_lambda_function" "good" {
  function_name = "orders"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/orders.zip"
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = {
      TABLE = "orders"
    }
  }
}
