resource "google_compute_firewall" "bad_office" {
  name          = "bad-office"
  network       = "default"
  source_ranges = ["198.51.100.0/24", "35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "bad_internal_rdp" {
  name          = "bad-internal-rdp"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "unknown" {
  name          = "unknown"
  network       = "default"
  source_ranges = [var.admin_range]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "good_iap" {
  name          = "good-iap"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}

resource "google_compute_firewall" "good_web" {
  name          = "good-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "good_tags" {
  name        = "good-tags"
  network     = "default"
  source_tags = ["bastion"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
