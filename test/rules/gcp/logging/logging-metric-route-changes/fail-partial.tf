resource "google_logging_metric" "bad_partial" {
  name   = "partial"
  filter = "resource.type=\"gce_route\" AND protoPayload.methodName:\"compute.routes.insert\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
