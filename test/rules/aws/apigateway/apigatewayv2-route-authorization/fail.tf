resource "aws_apigatewayv2_route" "bad_default" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /orders"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

resource "aws_apigatewayv2_route" "bad_connect" {
  api_id             = aws_apigatewayv2_api.ws.id
  route_key          = "$connect"
  authorization_type = "NONE"
}

resource "aws_apigatewayv2_route" "unknown_auth" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "POST /orders"
  authorization_type = var.route_auth
}

resource "aws_apigatewayv2_route" "good_ws_message" {
  api_id    = aws_apigatewayv2_api.ws.id
  route_key = "sendmessage"
}

resource "aws_apigatewayv2_route" "good_preflight" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "OPTIONS /orders"
}
