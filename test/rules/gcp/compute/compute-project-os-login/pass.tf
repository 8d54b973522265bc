resource "google_compute_project_metadata_item" "good_item" {
  key   = "enable-oslogin"
  value = "TRUE"
}
