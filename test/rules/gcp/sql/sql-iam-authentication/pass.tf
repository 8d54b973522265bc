resource "google_sql_database_instance" "good_mysql" {
  name             = "good-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cloudsql_iam_authentication"
      value = "on"
    }
  }
}
