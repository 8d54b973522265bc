resource "google_monitoring_notification_channel" "security" {
  display_name = "security"
  type         = "email"
  labels = {
    email_address = "security@example.com"
  }
}

resource "google_logging_metric" "changes" {
  name   = "cis-route"
  filter = "resource.type=\"gce_route\" AND (protoPayload.methodName:\"compute.routes.delete\" OR protoPayload.methodName:\"compute.routes.insert\")"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "changes" {
  display_name          = "CIS 2.9"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.security.id]
  conditions {
    display_name = "changes"
    condition_threshold {
      filter          = "metric.type=\"logging.googleapis.com/user/${google_logging_metric.changes.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
    }
  }
}
