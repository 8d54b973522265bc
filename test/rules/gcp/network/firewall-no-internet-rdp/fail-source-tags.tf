# Regression: source tags from a variable may be an empty list, which leaves the rule with no source
# (Google Cloud then applies it to 0.0.0.0/0): cannot verify, not a pass. An empty list is no source.
variable "source_tags" { type = list(string) }

resource "google_compute_firewall" "rdp_tags_from_var" {
  name        = "rdp-tags-from-var"
  network     = "default"
  source_tags = var.source_tags
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "rdp_empty_tags" {
  name        = "rdp-empty-tags"
  network     = "default"
  source_tags = []
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
