resource "google_logging_metric" "bad_partial" {
  name   = "partial"
  filter = "protoPayload.methodName=\"SetIamPolicy\" AND protoPayload.serviceData.policyDelta.auditConfigDeltas.action=\"REMOVE\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
