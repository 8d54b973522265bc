resource "aws_sqs_queue" "bad_off" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "bad_off_empty_key" {
  name                    = "tasks"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = ""
}

resource "aws_sqs_queue" "unknown_flag" {
  name                    = "events"
  sqs_managed_sse_enabled = var.sse
}

resource "aws_sqs_queue" "good_default" {
  name = "orders"
}

resource "aws_sqs_queue" "good_kms" {
  name              = "payments"
  kms_master_key_id = aws_kms_key.queues.id
}

resource "aws_sqs_queue" "unknown_key" {
  name                    = "audit"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = var.queue_key_id
}

resource "aws_sqs_queue" "good_kms_sse_off" {
  name                    = "billing"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.queues.arn
}
