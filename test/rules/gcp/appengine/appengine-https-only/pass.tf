resource "google_app_engine_standard_app_version" "good_always" {
  version_id = "v1"
  service    = "default"
  runtime    = "python312"

  entrypoint {
    shell = "gunicorn -b :$PORT main:app"
  }

  deployment {
    zip {
      source_url = "https://storage.googleapis.com/bucket/app.zip"
    }
  }

  handlers {
    url_regex      = ".*"
    security_level = "SECURE_ALWAYS"

    script {
      script_path = "auto"
    }
  }
}
