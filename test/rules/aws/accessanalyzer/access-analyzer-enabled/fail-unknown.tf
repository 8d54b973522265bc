variable "analyzer_type" {
  type = string
}

resource "aws_accessanalyzer_analyzer" "unknown_type" {
  analyzer_name = "main"
  type          = var.analyzer_type
}
