resource "google_compute_instance" "bad_forward" {
  name           = "bad-forward"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = true

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "bad_template" {
  provider       = google-beta
  name_prefix    = "bad-"
  machine_type   = "e2-small"
  can_ip_forward = true

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "unknown" {
  name           = "unknown"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = var.router

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "good_default" {
  name         = "good-default"
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
