resource "google_sql_database_instance" "good_private" {
  name             = "good-private"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/p/global/networks/vpc"
    }
  }
}
