resource "aws_sqs_queue" "good_default" {
  name = "orders"
}

resource "aws_sqs_queue" "good_sse" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "good_kms" {
  name              = "payments"
  kms_master_key_id = "alias/queues"
}
