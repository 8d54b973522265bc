resource "google_compute_instance" "good_absent" {
  name         = "good-absent"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    block-project-ssh-keys = "true"
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
