variable "config_role_arn" {
  type = string
}

resource "aws_config_configuration_recorder" "bad_partial" {
  name     = "default"
  role_arn = var.config_role_arn

  recording_group {
    all_supported  = false
    resource_types = ["AWS::EC2::Instance"]
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = "config-history"
  depends_on     = [aws_config_configuration_recorder.bad_partial]
}

resource "aws_config_configuration_recorder_status" "bad_stopped" {
  name       = aws_config_configuration_recorder.bad_partial.name
  is_enabled = false
  depends_on = [aws_config_delivery_channel.main]
}
