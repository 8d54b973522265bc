data "aws_canonical_user_id" "current" {}

variable "grantee_uri" {
  type = string
}

variable "grants" {
  type = list(object({ uri = string, permission = string }))
}

# An explicit grant to the AllUsers group: anyone can list the bucket.
resource "aws_s3_bucket" "bad_all_users" {
  bucket = "acme-bad-all-users"
}

resource "aws_s3_bucket_acl" "bad_all_users" {
  bucket = aws_s3_bucket.bad_all_users.id

  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Provider v3 style: grant blocks on the bucket itself.
resource "aws_s3_bucket" "bad_legacy_grant" {
  bucket = "acme-bad-legacy-grant"

  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    permissions = ["READ", "WRITE"]
  }
}

# Log delivery is a group too, but not the public.
resource "aws_s3_bucket" "good_log_delivery" {
  bucket = "acme-good-log-delivery"
}

resource "aws_s3_bucket_acl" "good_log_delivery" {
  bucket = aws_s3_bucket.good_log_delivery.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# The grantee comes from a variable.
resource "aws_s3_bucket" "unknown_grantee" {
  bucket = "acme-unknown-grantee"
}

resource "aws_s3_bucket_acl" "unknown_grantee" {
  bucket = aws_s3_bucket.unknown_grantee.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = var.grantee_uri
      }
      permission = "READ"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Grants generated from a list that is not known: cannot verify.
resource "aws_s3_bucket" "unknown_grants" {
  bucket = "acme-unknown-grants"
}

resource "aws_s3_bucket_acl" "unknown_grants" {
  bucket = aws_s3_bucket.unknown_grants.id

  access_control_policy {
    dynamic "grant" {
      for_each = var.grants
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

# The whole access control policy comes from a dynamic block with an unknown for_each.
resource "aws_s3_bucket" "unknown_policy" {
  bucket = "acme-unknown-policy"
}

resource "aws_s3_bucket_acl" "unknown_policy" {
  bucket = aws_s3_bucket.unknown_policy.id

  dynamic "access_control_policy" {
    for_each = var.grants
    content {
      grant {
        grantee {
          type = "Group"
          uri  = access_control_policy.value.uri
        }
        permission = access_control_policy.value.permission
      }

      owner {
        id = data.aws_canonical_user_id.current.id
      }
    }
  }
}
