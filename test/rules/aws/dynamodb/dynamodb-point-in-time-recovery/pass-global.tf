locals {
  replica_regions = ["us-west-2", "eu-west-1"]
}

resource "aws_dynamodb_table" "global" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  dynamic "replica" {
    for_each = local.replica_regions
    content {
      region_name            = replica.value
      point_in_time_recovery = true
    }
  }
}
