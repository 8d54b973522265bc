resource "google_compute_project_metadata" "bad_absent" {
  metadata = {
    block-project-ssh-keys = "true"
  }
}

resource "google_compute_project_metadata_item" "bad_item_false" {
  key   = "enable-oslogin"
  value = "FALSE"
}

resource "google_compute_project_metadata" "unknown" {
  project  = "other"
  metadata = var.project_metadata
}

resource "google_compute_project_metadata_item" "good_other_key" {
  key   = "serial-port-enable"
  value = "false"
}

resource "google_compute_project_metadata" "good_on" {
  project = "third"
  metadata = {
    enable-oslogin = "TRUE"
  }
}
