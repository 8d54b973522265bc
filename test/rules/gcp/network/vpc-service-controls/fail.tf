resource "google_access_context_manager_service_perimeter" "bad_empty" {
  parent = "accessPolicies/123"
  name   = "accessPolicies/123/servicePerimeters/empty"
  title  = "empty"

  status {
    resources = ["projects/456"]
  }
}

resource "google_access_context_manager_service_perimeter" "unknown" {
  parent = "accessPolicies/123"
  name   = "accessPolicies/123/servicePerimeters/unknown"
  title  = "unknown"

  status {
    restricted_services = var.restricted_services
  }
}
