resource "aws_lambda_permission" "bad_any" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "*"
}

resource "aws_lambda_permission" "unknown_principal" {
  statement_id  = "AllowCaller"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = var.caller
}

resource "aws_lambda_permission" "unknown_source" {
  statement_id  = "AllowSource"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "*"
  source_arn    = var.source_arn
}

resource "aws_lambda_permission" "good_s3" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.api.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "123456789012"
}

resource "aws_lambda_permission" "bad_any_account" {
  statement_id  = "AllowAnyAccount"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "arn:aws:iam::*:root"
}
