resource "google_compute_instance" "bad_absent" {
  name         = "bad-absent"
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

resource "google_compute_instance" "bad_other_keys" {
  name         = "bad-other-keys"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    startup-script = "echo hi"
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

resource "google_compute_instance_template" "bad_false" {
  provider     = google-beta
  name_prefix  = "bad-false-"
  machine_type = "e2-small"
  metadata = {
    block-project-ssh-keys = "false"
  }

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "bad_with_reference" {
  name         = "bad-with-reference"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    ssh-keys = var.ssh_keys
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

resource "google_compute_instance" "unknown" {
  name         = "unknown"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata     = var.metadata

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "good_true" {
  name         = "good-true"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    block-project-ssh-keys = true
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

resource "google_compute_instance" "good_upper" {
  name         = "good-upper"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  metadata = {
    block-project-ssh-keys = "TRUE"
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
