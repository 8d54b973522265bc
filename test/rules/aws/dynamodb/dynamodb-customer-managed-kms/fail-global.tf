resource "aws_kms_key" "table" {
  description         = "orders table"
  enable_key_rotation = true
  multi_region        = true
}

# The table uses a customer-managed key; a replica without kms_key_arn uses aws/dynamodb in its region.
resource "aws_dynamodb_table" "bad_replica_key" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }

  replica {
    region_name = "us-west-2"
    kms_key_arn = "arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  }

  replica {
    region_name = "eu-west-1"
  }

  replica {
    region_name = "ap-southeast-2"
    kms_key_arn = "alias/aws/dynamodb"
  }
}

resource "aws_dynamodb_table" "good_global" {
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }

  replica {
    region_name = "us-west-2"
    kms_key_arn = "arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
  }
}
