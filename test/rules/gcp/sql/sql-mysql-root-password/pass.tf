resource "google_sql_user" "good_iam" {
  name     = "root"
  instance = "mysql"
  type     = "CLOUD_IAM_USER"
}

resource "google_sql_user" "good_root" {
  name        = "root"
  instance    = "mysql"
  password_wo = var.root_password
}
