resource "google_os_config_patch_deployment" "good_weekly" {
  patch_deployment_id = "weekly"

  instance_filter {
    all = true
  }

  recurring_schedule {
    time_zone {
      id = "Europe/Brussels"
    }

    time_of_day {
      hours = 3
    }

    weekly {
      day_of_week = "SUNDAY"
    }
  }
}
