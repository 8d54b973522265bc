resource "google_compute_instance" "good_own" {
  name         = "good-own"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_region_instance_template" "good_literal" {
  name_prefix  = "good-literal-"
  machine_type = "e2-small"
  region       = "europe-west1"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = "app@my-project.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

resource "google_service_account" "app" {
  account_id = "app"
}
