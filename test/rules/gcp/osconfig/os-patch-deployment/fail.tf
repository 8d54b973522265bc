resource "google_os_config_patch_deployment" "bad_once" {
  patch_deployment_id = "once"

  instance_filter {
    all = true
  }

  one_time_schedule {
    execute_time = "2027-01-01T00:00:00Z"
  }
}
