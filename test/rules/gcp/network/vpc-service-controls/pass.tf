resource "google_access_context_manager_service_perimeter" "good" {
  parent = "accessPolicies/123"
  name   = "accessPolicies/123/servicePerimeters/data"
  title  = "data"

  status {
    resources           = ["projects/456"]
    restricted_services = ["storage.googleapis.com", "bigquery.googleapis.com"]
  }
}

resource "google_access_context_manager_service_perimeters" "good_set" {
  parent = "accessPolicies/123"

  service_perimeters {
    name  = "accessPolicies/123/servicePerimeters/analytics"
    title = "analytics"

    status {
      restricted_services = ["bigquery.googleapis.com"]
    }
  }
}
