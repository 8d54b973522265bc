resource "google_sql_database_instance" "bad_world" {
  name             = "bad-world"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks {
        name  = "office"
        value = "198.51.100.0/24"
      }

      authorized_networks {
        name  = "all"
        value = "0.0.0.0/0"
      }
    }
  }
}

resource "google_sql_database_instance" "bad_attribute_list" {
  name             = "bad-attribute-list"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks = [{ name = "all", value = "0.0.0.0/0" }]
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
      authorized_networks {
        value = var.network
      }
    }
  }
}

resource "google_sql_database_instance" "good_office" {
  name             = "good-office"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks {
        value = "198.51.100.0/24"
      }
    }
  }
}
