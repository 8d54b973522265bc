resource "aws_cloudfront_distribution" "main" {
  enabled    = true
  web_acl_id = aws_wafv2_web_acl.edge.arn

  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudwatch_log_delivery_source" "cdn" {
  name         = "cdn-access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.main.arn
}

resource "aws_cloudwatch_log_delivery_destination" "logs" {
  name = "cdn-logs"

  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/cdn/access"
  }
}

# Joined by the source's literal name.
resource "aws_cloudwatch_log_delivery" "cdn" {
  delivery_source_name     = "cdn-access-logs"
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.logs.arn
}
