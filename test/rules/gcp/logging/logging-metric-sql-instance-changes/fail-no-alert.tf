variable "channels" {}

resource "google_logging_metric" "bad_unwatched" {
  name   = "unwatched"
  filter = "protoPayload.methodName=\"cloudsql.instances.update\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_logging_metric" "watched" {
  name   = "watched"
  filter = "protoPayload.methodName=\"cloudsql.instances.update\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "bad_silent" {
  display_name = "silent"
  combiner     = "OR"
  conditions {
    display_name = "changes"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/watched\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
    }
  }
}
