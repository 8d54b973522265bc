# A for_each policy document whose "public" instance lets anyone publish, picked with the computed key.
variable "topics" {
  type = map(object({ topic_arn = string, principal = string }))
  default = {
    private = { topic_arn = "arn:aws:sns:eu-west-1:123456789012:private", principal = "arn:aws:iam::123456789012:root" }
    public  = { topic_arn = "arn:aws:sns:eu-west-1:123456789012:public", principal = "*" }
  }
}

data "aws_iam_policy_document" "bad" {
  for_each = var.topics

  statement {
    sid     = "Publish"
    effect  = "Allow"
    actions = ["sns:Publish"]

    principals {
      type        = "AWS"
      identifiers = [each.value.principal]
    }

    resources = [each.value.topic_arn]
  }
}

resource "aws_sns_topic_policy" "bad" {
  for_each = var.topics

  arn    = each.value.topic_arn
  policy = data.aws_iam_policy_document.bad[each.key].json
}
