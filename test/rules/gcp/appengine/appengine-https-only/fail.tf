resource "google_app_engine_standard_app_version" "bad_optional" {
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
    url_regex      = "/static/.*"
    security_level = "SECURE_ALWAYS"

    static_files {
      path              = "static/\\1"
      upload_path_regex = "static/.*"
    }
  }

  handlers {
    url_regex      = ".*"
    security_level = "SECURE_OPTIONAL"

    script {
      script_path = "auto"
    }
  }
}

resource "google_app_engine_standard_app_version" "bad_no_level" {
  version_id = "v1"
  service    = "api"
  runtime    = "python312"

  entrypoint {
    shell = "gunicorn -b :$PORT main:app"
  }

  deployment {
    zip {
      source_url = "https://storage.googleapis.com/bucket/api.zip"
    }
  }

  handlers {
    url_regex = ".*"

    script {
      script_path = "auto"
    }
  }
}

resource "google_app_engine_flexible_app_version" "bad_no_handlers" {
  version_id = "v1"
  service    = "flex"
  runtime    = "custom"

  deployment {
    container {
      image = "gcr.io/p/app:1"
    }
  }

  liveness_check {
    path = "/"
  }

  readiness_check {
    path = "/"
  }
}

resource "google_app_engine_standard_app_version" "unknown" {
  version_id = "v1"
  service    = "unknown"
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
    security_level = var.security_level

    script {
      script_path = "auto"
    }
  }
}
