resource "google_compute_disk" "bad_google_key" {
  name = "bad-google-key"
  zone = "europe-west1-b"
  size = 10
}

resource "google_compute_disk" "bad_kms" {
  name = "bad-kms"
  zone = "europe-west1-b"
  size = 10

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.k.id
  }
}

resource "google_compute_region_disk" "good_raw" {
  name          = "good-raw"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 10

  disk_encryption_key {
    raw_key = var.disk_key
  }
}

resource "google_kms_crypto_key" "k" {
  name     = "k"
  key_ring = "projects/p/locations/europe-west1/keyRings/r"
}
