resource "aws_apigatewayv2_stage" "bad" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
}

resource "aws_apigatewayv2_stage" "unknown_destination" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "staging"

  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId"
  }
}
