variable "config_role_arn" {
  type = string
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = var.config_role_arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
