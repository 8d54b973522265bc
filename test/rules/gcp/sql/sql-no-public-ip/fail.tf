resource "google_sql_database_instance" "bad_default" {
  name             = "bad-default"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "bad_explicit" {
  name             = "bad-explicit"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = var.public
    }
  }
}

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
