variable "config_role_arn" {
  type = string
}

variable "record_all" {
  type = bool
}

resource "aws_config_configuration_recorder" "unknown_scope" {
  name     = "default"
  role_arn = var.config_role_arn

  recording_group {
    all_supported                 = var.record_all
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = "config-history"
  depends_on     = [aws_config_configuration_recorder.unknown_scope]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.unknown_scope.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}
