# Regression: an alert whose metric type is built from a variable, and a metric whose name is a variable,
# may be the watched pair: cannot verify, not "no alert policy watches it".
variable "metric_name" { type = string }
variable "owner_metric_name" { type = string }

resource "google_logging_metric" "owner" {
  name   = "owner-changes"
  filter = "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"REMOVE\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\")"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "owner" {
  display_name          = "Project ownership changes"
  combiner              = "OR"
  notification_channels = ["projects/p/notificationChannels/1"]
  conditions {
    display_name = "ownership"
    condition_threshold {
      filter     = "metric.type=\"logging.googleapis.com/user/${var.metric_name}\""
      comparison = "COMPARISON_GT"
      duration   = "0s"
    }
  }
}
resource "google_logging_metric" "owner_by_name" {
  name   = var.owner_metric_name
  filter = "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"REMOVE\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\")"
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}

resource "google_monitoring_alert_policy" "owner_by_name" {
  display_name          = "Project ownership changes"
  combiner              = "OR"
  notification_channels = ["projects/p/notificationChannels/1"]
  conditions {
    display_name = "ownership"
    condition_threshold {
      filter     = "metric.type=\"logging.googleapis.com/user/owner-by-name\""
      comparison = "COMPARISON_GT"
      duration   = "0s"
    }
  }
}
