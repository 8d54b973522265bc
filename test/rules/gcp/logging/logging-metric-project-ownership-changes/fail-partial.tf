resource "google_logging_metric" "bad_partial" {
  name   = "partial"
  filter = "protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
