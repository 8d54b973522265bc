resource "google_sql_database_instance" "bad_pg_absent" {
  name             = "bad-pg-absent"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "bad_mysql_off" {
  name             = "bad-mysql-off"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cloudsql_iam_authentication"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "unknown_flags" {
  name             = "unknown-flags"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = var.flag_name
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "good_pg" {
  name             = "good-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cloudsql.iam_authentication"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "good_sqlserver" {
  name             = "good-sqlserver"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
