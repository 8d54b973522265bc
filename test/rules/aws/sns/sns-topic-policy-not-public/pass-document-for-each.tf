# Topic policies from a for_each policy document, picked with the computed key
# (`data.aws_iam_policy_document.sns[each.key].json`): each document lets only S3 publish, for one bucket.
variable "topics" {
  type = map(object({ topic_arn = string }))
  default = {
    uploads = { topic_arn = "arn:aws:sns:eu-west-1:123456789012:uploads" }
    deletes = { topic_arn = "arn:aws:sns:eu-west-1:123456789012:deletes" }
  }
}

data "aws_iam_policy_document" "sns" {
  for_each = var.topics

  statement {
    sid     = "AllowS3Notification"
    effect  = "Allow"
    actions = ["sns:Publish"]

    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }

    resources = [each.value.topic_arn]

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = ["arn:aws:s3:::acme-uploads"]
    }
  }
}

resource "aws_sns_topic_policy" "good" {
  for_each = var.topics

  arn    = each.value.topic_arn
  policy = data.aws_iam_policy_document.sns[each.key].json
}
