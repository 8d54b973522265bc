resource "google_sql_database_instance" "bad_default" {
  name             = "bad-default"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "bad_tf_off" {
  name                = "bad-tf-off"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  deletion_protection = false

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}

resource "google_sql_database_instance" "bad_both_off" {
  name                = "bad-both-off"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  deletion_protection = false

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = false
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = var.protect
  }
}

resource "google_sql_database_instance" "good_on" {
  name             = "good-on"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}
