resource "aws_cloudtrail" "good_write_only" {
  name                  = "good-write-only"
  s3_bucket_name        = "acme-trail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type = "WriteOnly"

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "good_advanced" {
  name           = "good-advanced"
  s3_bucket_name = "acme-trail-logs"

  advanced_event_selector {
    name = "S3 objects"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}
