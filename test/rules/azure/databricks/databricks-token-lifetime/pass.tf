resource "databricks_token" "good" {
  comment          = "ci"
  lifetime_seconds = 7776000
}

resource "databricks_token" "good_day" {
  comment          = "ci"
  lifetime_seconds = 86400
}
