# A dynamic "statement" whose for_each is only known at plan time (a data source): every statement it may
# generate allows two Auto Scaling actions, so none grants "*" on "*". Judged, not skipped.
variable "cluster_names" {
  type = list(string)
}

data "aws_iam_policy_document" "good_autoscaler" {
  statement {
    actions   = ["autoscaling:DescribeAutoScalingGroups"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = toset(var.cluster_names)

    content {
      actions   = ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"]
      resources = ["*"]

      condition {
        test     = "StringEquals"
        variable = "autoscaling:ResourceTag/kubernetes.io/cluster/${statement.value}"
        values   = ["owned"]
      }
    }
  }
}
