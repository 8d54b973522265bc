resource "databricks_token" "bad_forever" {
  comment = "ci"
}

resource "databricks_token" "bad_year" {
  comment          = "ci"
  lifetime_seconds = 31536000
}

resource "databricks_token" "unknown" {
  comment          = "ci"
  lifetime_seconds = var.token_lifetime
}

resource "databricks_token" "good" {
  comment          = "ci"
  lifetime_seconds = 2592000
}
