resource "google_logging_metric" "bad_partial" {
  name   = "partial"
  filter = "protoPayload.methodName:\"cloudsql.instances\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
