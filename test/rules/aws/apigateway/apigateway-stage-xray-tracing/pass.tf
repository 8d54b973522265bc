resource "aws_api_gateway_stage" "good" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}
