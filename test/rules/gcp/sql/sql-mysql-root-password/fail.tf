resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres" {
  name             = "postgres"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_user" "bad_root" {
  name     = "root"
  instance = google_sql_database_instance.mysql.name
  host     = "%"
}

resource "google_sql_user" "bad_root_external" {
  name     = "root"
  instance = "legacy-mysql"
}

resource "google_sql_user" "good_root_password" {
  name     = "root"
  instance = google_sql_database_instance.mysql.name
  password = var.root_password
}

resource "google_sql_user" "good_not_mysql" {
  name     = "root"
  instance = google_sql_database_instance.postgres.name
}

resource "google_sql_user" "good_other_user" {
  name     = "app"
  instance = google_sql_database_instance.mysql.name
  password = var.app_password
}
