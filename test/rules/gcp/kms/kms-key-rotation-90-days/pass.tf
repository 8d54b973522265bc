resource "google_kms_crypto_key" "good" {
  name            = "data"
  key_ring        = "projects/acme/locations/europe-west1/keyRings/ring"
  rotation_period = "7776000s"
}
