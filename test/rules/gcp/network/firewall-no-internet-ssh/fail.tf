resource "google_compute_firewall" "bad_ssh" {
  name          = "bad-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "bad_range" {
  name          = "bad-range"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["10.0.0.0/8", "::/0"]

  allow {
    protocol = "udp"
  }

  allow {
    protocol = "tcp"
    ports    = ["20-30", "443"]
  }
}

resource "google_compute_firewall" "bad_all_protocols" {
  name          = "bad-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "bad_no_source" {
  name    = "bad-no-source"
  network = "default"

  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "unknown_source" {
  name          = "unknown-source"
  network       = "default"
  source_ranges = var.admin_ranges

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "good_narrow" {
  name          = "good-narrow"
  network       = "default"
  source_ranges = ["203.0.113.0/24"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "good_disabled" {
  name          = "good-disabled"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "good_egress" {
  name               = "good-egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
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

resource "google_compute_firewall" "good_https" {
  name          = "good-https"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443", "8080-8090"]
  }
}
