resource "google_sql_database_instance" "bad_wrong" {
  name             = "bad-wrong"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "bad_absent" {
  name             = "bad-absent"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "other_flag"
      value = "x"
    }
  }
}

resource "google_sql_database_instance" "bad_no_flags" {
  provider         = google-beta
  name             = "bad-no-flags"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "unknown_value" {
  name             = "unknown-value"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = var.flag_value
    }
  }
}

resource "google_sql_database_instance" "unknown_version" {
  name             = "unknown-version"
  database_version = var.database_version
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "good_other_engine" {
  name             = "good-other-engine"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "good_set" {
  name             = "good-set"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}
