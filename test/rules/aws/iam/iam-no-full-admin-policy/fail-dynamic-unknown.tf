# A dynamic "statement" whose for_each is unknown and whose content allows everything: every statement
# it may generate is a full administrator grant; the finding says it holds if the block generates any.
variable "admins" {
  type = list(string)
}

data "aws_iam_policy_document" "bad_admin" {
  dynamic "statement" {
    for_each = var.admins

    content {
      sid       = "Admin"
      actions   = ["*"]
      resources = ["*"]
    }
  }
}

data "aws_iam_policy_document" "maybe_admin" {
  dynamic "statement" {
    for_each = var.admins
    iterator = admin

    content {
      actions   = admin.value.actions
      resources = ["*"]
    }
  }
}
