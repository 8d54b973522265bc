resource "google_monitoring_notification_channel" "security" {
  display_name = "security"
  type         = "email"
  labels = {
    email_address = "security@example.com"
  }
}

resource "google_logging_metric" "changes" {
  name   = "cis-audit-config"
  filter = "protoPayload.methodName=\"SetIamPolicy\" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "changes" {
  display_name          = "CIS 2.6"
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
