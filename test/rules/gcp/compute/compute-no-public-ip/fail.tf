resource "google_compute_instance" "bad_ephemeral" {
  name         = "bad-ephemeral"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    access_config {}
  }
}

resource "google_compute_instance_template" "bad_second_nic" {
  provider     = google-beta
  name_prefix  = "bad-second-nic-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  network_interface {
    subnetwork = "projects/p/regions/europe-west1/subnetworks/dmz"

    access_config {
      nat_ip = "203.0.113.10"
    }
  }
}

resource "google_compute_instance" "bad_ipv6" {
  name         = "bad-ipv6"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    ipv6_access_config {
      network_tier = "PREMIUM"
    }
  }
}

resource "google_compute_instance" "unknown" {
  name         = "unknown"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    dynamic "access_config" {
      for_each = var.public ? [1] : []
      content {}
    }
  }
}

resource "google_compute_instance" "good_private" {
  name         = "good-private"
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
