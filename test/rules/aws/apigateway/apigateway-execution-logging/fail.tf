resource "aws_api_gateway_method_settings" "bad_default" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "bad_off" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "orders/GET"

  settings {
    logging_level = "OFF"
  }
}

resource "aws_api_gateway_method_settings" "unknown_level" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.staging.stage_name
  method_path = "*/*"

  settings {
    logging_level = var.api_log_level
  }
}
