resource "aws_kms_key" "table" {
  description         = "orders table"
  enable_key_rotation = true
  multi_region        = true
}

resource "aws_kms_replica_key" "us_west_2" {
  provider        = aws.us_west_2
  primary_key_arn = aws_kms_key.table.arn
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

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }

  replica {
    region_name = "us-west-2"
    kms_key_arn = aws_kms_replica_key.us_west_2.arn
  }
}
