resource "google_storage_bucket" "good_on" {
  name                        = "good-on"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "good_legacy_name" {
  name               = "good-legacy-name"
  location           = "EU"
  bucket_policy_only = true
}
