resource "google_dataproc_cluster" "good_key" {
  name   = "good-key"
  region = "europe-west1"

  cluster_config {
    encryption_config {
      kms_key_name = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/dataproc"
    }
  }
}
