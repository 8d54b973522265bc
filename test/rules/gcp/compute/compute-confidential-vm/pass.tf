resource "google_compute_instance" "good_on" {
  name             = "good-on"
  machine_type     = "e2-small"
  zone             = "europe-west1-b"
  min_cpu_platform = "AMD Milan"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  confidential_instance_config {
    enable_confidential_compute = true
  }

  scheduling {
    on_host_maintenance = "TERMINATE"
  }
}
