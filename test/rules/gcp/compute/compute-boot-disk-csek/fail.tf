resource "google_compute_instance" "bad_default" {
  name         = "bad-default"
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
}

resource "google_compute_instance" "good_raw" {
  name         = "good-raw"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    disk_encryption_key_raw = var.boot_key

    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "good_template_not_checked" {
  name_prefix  = "good-template-not-checked-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}
