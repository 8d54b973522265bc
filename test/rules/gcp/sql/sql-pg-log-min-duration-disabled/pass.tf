resource "google_sql_database_instance" "good_set" {
  name             = "good-set"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_duration_statement"
      value = "-1"
    }
  }
}
