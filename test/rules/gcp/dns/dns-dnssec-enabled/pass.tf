resource "google_dns_managed_zone" "good_on" {
  name     = "good-on"
  dns_name = "example.com."

  dnssec_config {
    state         = "on"
    non_existence = "nsec3"
  }
}

resource "google_dns_managed_zone" "good_private" {
  name       = "good-private"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/p/global/networks/n"
    }
  }
}
