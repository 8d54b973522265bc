resource "google_apikeys_key" "good" {
  name = "translate"
  restrictions {
    api_targets {
      service = "translate.googleapis.com"
      methods = ["GET*"]
    }
  }
}
