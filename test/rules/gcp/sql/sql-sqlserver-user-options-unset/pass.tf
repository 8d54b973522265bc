resource "google_sql_database_instance" "good_default" {
  name             = "good-default"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
