resource "google_sql_database_instance" "bad_default" {
  name             = "bad-default"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "bad_off" {
  name             = "bad-off"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = false
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = var.backups
    }
  }
}

resource "google_sql_database_instance" "good_replica" {
  name                 = "good-replica"
  database_version     = "MYSQL_8_0"
  region               = "europe-west1"
  master_instance_name = "primary"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "good_on" {
  name             = "good-on"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }
  }
}
