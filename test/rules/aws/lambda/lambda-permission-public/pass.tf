resource "aws_lambda_permission" "good_org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.api.function_name
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "good_sns" {
  statement_id  = "AllowSns"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.events.arn
}
