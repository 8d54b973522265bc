resource "google_compute_instance" "bad_off" {
  name         = "bad-off"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    enable-oslogin = "FALSE"
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

resource "google_compute_region_instance_template" "bad_no" {
  name_prefix  = "bad-no-"
  machine_type = "e2-small"
  region       = "europe-west1"
  metadata = {
    enable-oslogin         = "no"
    block-project-ssh-keys = "true"
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
  metadata     = local.metadata

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

resource "google_compute_instance" "good_on" {
  name         = "good-on"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    enable-oslogin = "TRUE"
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

locals {
  metadata = { enable-oslogin = var.oslogin }
}
