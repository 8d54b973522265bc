resource "google_monitoring_notification_channel" "security" {
  display_name = "security"
  type         = "email"
  labels = {
    email_address = "security@example.com"
  }
}

resource "google_logging_metric" "changes" {
  name   = "cis-project-ownership"
  filter = "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"REMOVE\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\")"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "changes" {
  display_name          = "CIS 2.5"
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
