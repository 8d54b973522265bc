data "aws_canonical_user_id" "current" {}

locals {
  grants = [
    { uri = "http://acs.amazonaws.com/groups/s3/LogDelivery", permission = "WRITE" },
    { uri = "http://acs.amazonaws.com/groups/s3/LogDelivery", permission = "READ_ACP" },
  ]
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id

  access_control_policy {
    dynamic "grant" {
      for_each = local.grants
      content {
        grantee {
          type = "Group"
          uri  = grant.value.uri
        }
        permission = grant.value.permission
      }
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
