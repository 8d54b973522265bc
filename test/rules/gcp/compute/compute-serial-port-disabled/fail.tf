resource "google_compute_instance" "bad_enabled" {
  name         = "bad-enabled"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    serial-port-enable = "true"
    enable-oslogin     = "TRUE"
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

resource "google_compute_instance_template" "bad_one" {
  name_prefix  = "bad-one-"
  machine_type = "e2-small"
  metadata = {
    serial-port-enable = 1
  }

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "unknown" {
  name         = "unknown"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    serial-port-enable = var.serial
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

resource "google_compute_instance" "good_absent" {
  name         = "good-absent"
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

resource "google_compute_instance" "good_false" {
  name         = "good-false"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    serial-port-enable = "FALSE"
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
