resource "google_sql_database_instance" "good_both" {
  name                = "good-both"
  database_version    = "POSTGRES_15"
  region              = "europe-west1"
  deletion_protection = true

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}
