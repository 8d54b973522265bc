resource "google_logging_metric" "bad_partial" {
  name   = "partial"
  filter = "protoPayload.methodName=\"storage.setIamPermissions\" OR protoPayload.methodName=\"storage.buckets.create\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
