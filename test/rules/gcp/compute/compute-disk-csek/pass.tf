resource "google_compute_disk" "good_rsa" {
  name = "good-rsa"
  zone = "europe-west1-b"
  size = 10

  disk_encryption_key {
    rsa_encrypted_key = var.wrapped_key
  }
}
