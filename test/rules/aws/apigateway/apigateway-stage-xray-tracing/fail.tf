resource "aws_api_gateway_stage" "bad_default" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "bad_off" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "staging"
  xray_tracing_enabled = false
}

resource "aws_api_gateway_stage" "unknown_tracing" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "dev"
  xray_tracing_enabled = var.tracing
}
