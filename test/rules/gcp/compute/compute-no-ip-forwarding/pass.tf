resource "google_compute_instance" "good_false" {
  name           = "good-false"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = false

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_region_instance_template" "good_template" {
  name_prefix  = "good-"
  region       = "europe-west1"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}
