# Regression: a period just over 90 days said "rotates every 90 days, longer than 90".
resource "google_kms_crypto_key" "just_over" {
  name            = "just-over"
  key_ring        = "projects/p/locations/global/keyRings/r"
  rotation_period = "7776001s"
}
