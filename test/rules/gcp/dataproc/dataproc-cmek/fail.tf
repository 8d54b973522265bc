resource "google_dataproc_cluster" "bad_google_key" {
  name   = "bad-google-key"
  region = "europe-west1"
}

resource "google_dataproc_cluster" "bad_config_without_key" {
  name   = "bad-config-without-key"
  region = "europe-west1"

  cluster_config {
    master_config {
      num_instances = 1
    }
  }
}

resource "google_dataproc_cluster" "good_key" {
  name   = "good-key"
  region = "europe-west1"

  cluster_config {
    encryption_config {
      kms_key_name = var.kms_key
    }
  }
}
