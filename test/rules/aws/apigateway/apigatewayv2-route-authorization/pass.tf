resource "aws_apigatewayv2_route" "good_jwt" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /orders"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
}
