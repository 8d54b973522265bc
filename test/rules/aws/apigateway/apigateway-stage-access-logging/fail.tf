resource "aws_api_gateway_stage" "bad" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "unknown_destination" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "staging"

  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_stage" "good" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "dev"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_stage" "bad_no_format" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "qa"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
  }
}
