resource "google_compute_instance" "good_rsa" {
  name         = "good-rsa"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    disk_encryption_key_rsa = var.wrapped_key

    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
