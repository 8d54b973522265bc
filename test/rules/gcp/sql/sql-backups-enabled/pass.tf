resource "google_sql_database_instance" "good_on" {
  name             = "good-on"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}
