resource "google_compute_instance" "good_on" {
  name         = "good-on"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    enable-oslogin = "true"
  }

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
