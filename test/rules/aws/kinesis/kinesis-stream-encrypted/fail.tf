resource "aws_kinesis_stream" "bad_default" {
  name        = "clicks"
  shard_count = 1
}

resource "aws_kinesis_stream" "bad_none" {
  name            = "orders"
  shard_count     = 1
  encryption_type = "NONE"
}

resource "aws_kinesis_stream" "bad_none_with_key" {
  name            = "payments"
  shard_count     = 1
  encryption_type = "NONE"
  kms_key_id      = aws_kms_key.streams.id
}

resource "aws_kinesis_stream" "unknown_type" {
  name            = "events"
  shard_count     = 1
  encryption_type = var.encryption_type
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kinesis_stream" "good" {
  name            = "audit"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.streams.id
}
