resource "google_sql_database_instance" "good_set" {
  name             = "good-set"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "skip_show_database"
      value = "on"
    }
  }
}
