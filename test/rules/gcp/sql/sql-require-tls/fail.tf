resource "google_sql_database_instance" "bad_default" {
  name             = "bad-default"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "bad_allow" {
  name             = "bad-allow"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
    }
  }
}

resource "google_sql_database_instance" "bad_legacy_false" {
  name             = "bad-legacy-false"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      require_ssl = false
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
      ssl_mode = var.ssl_mode
    }
  }
}

resource "google_sql_database_instance" "good_encrypted" {
  name             = "good-encrypted"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "good_legacy" {
  name             = "good-legacy"
  database_version = "POSTGRES_14"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      require_ssl = true
    }
  }
}
