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

# A destination without a format turns nothing on.
resource "aws_apigatewayv2_stage" "bad_no_format" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
  }
}

resource "aws_apigatewayv2_stage" "bad_empty_format" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "qa"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = ""
  }
}

resource "aws_apigatewayv2_stage" "good_with_format" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "dev"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
  }
}
