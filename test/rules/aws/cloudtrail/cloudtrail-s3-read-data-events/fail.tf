variable "read_write_type" {
  type = string
}

resource "aws_cloudtrail" "bad_write_only" {
  name                  = "bad-write-only"
  s3_bucket_name        = "acme-trail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "bad_advanced_write_only" {
  name           = "bad-advanced-write-only"
  s3_bucket_name = "acme-trail-logs"

  advanced_event_selector {
    name = "S3 writes"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}

resource "aws_cloudtrail" "good_all" {
  name                  = "good-all"
  s3_bucket_name        = "acme-trail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type = "All"

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "unknown_type" {
  name           = "unknown-type"
  s3_bucket_name = "acme-trail-logs"

  event_selector {
    read_write_type = var.read_write_type

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
