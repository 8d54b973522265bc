resource "google_compute_instance" "good_true" {
  name         = "good-true"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    block-project-ssh-keys = "true"
    enable-oslogin         = "TRUE"
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
