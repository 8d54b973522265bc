# Regression: a master instance name from a variable may be null (a primary, which needs backups):
# cannot verify, not a silent pass as a replica. A replica of another resource stays a replica.
variable "master_instance_name" { type = string }

resource "google_sql_database_instance" "maybe_replica" {
  name                 = "maybe-replica"
  database_version     = "POSTGRES_15"
  master_instance_name = var.master_instance_name
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "primary" {
  name             = "primary"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "replica" {
  name                 = "replica"
  database_version     = "POSTGRES_15"
  master_instance_name = google_sql_database_instance.primary.name
  settings {
    tier = "db-f1-micro"
  }
}
