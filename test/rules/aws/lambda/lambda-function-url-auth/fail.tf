resource "aws_lambda_function_url" "bad_public" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
}

resource "aws_lambda_function_url" "unknown_auth" {
  function_name      = aws_lambda_function.api.function_name
  qualifier          = "live"
  authorization_type = var.url_auth
}

resource "aws_lambda_function_url" "good_iam" {
  function_name      = aws_lambda_function.worker.function_name
  authorization_type = "AWS_IAM"
}
