variable "policy_json" {
  description = "A policy document rendered elsewhere"
  type        = string
}

variable "resource_arn" {
  description = "What the automation role may touch"
  type        = string
}

variable "statement_effect" {
  type = string
}

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json
}

# jsonencode, the most common form.
resource "aws_iam_policy" "bad_jsonencode" {
  name        = "bad-jsonencode"
  description = "Break-glass access"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadLogs"
        Effect   = "Allow"
        Action   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
        Resource = "*"
      },
      {
        Sid      = "Everything"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

# Heredoc JSON, with a single statement object instead of a list.
resource "aws_iam_policy" "bad_heredoc" {
  name   = "bad-heredoc"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Action": ["*"],
    "Resource": ["*"]
  }
}
EOF
}

# A policy document data source; the finding is on the document, which the policy uses.
data "aws_iam_policy_document" "bad_document" {
  statement {
    sid       = "AdminAccess"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_bad_document" {
  name   = "from-bad-document"
  policy = data.aws_iam_policy_document.bad_document.json
}

# An inline role policy with "*:*".
resource "aws_iam_role_policy" "bad_role_policy" {
  name = "bad-role-policy"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*:*"
      Resource = "*"
    }]
  })
}

# An inline policy block of a role.
resource "aws_iam_role" "admin_role_inline" {
  name               = "bad-role-inline"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json

  inline_policy {
    name = "admin"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      }]
    })
  }
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_user_policy" "bad_user_policy" {
  name = "bad-user-policy"
  user = aws_iam_user.ops.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["*"]
      Resource = ["*"]
    }]
  })
}

resource "aws_iam_group" "admins" {
  name = "admins"
}

resource "aws_iam_group_policy" "bad_group_policy" {
  name  = "bad-group-policy"
  group = aws_iam_group.admins.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "good_scoped" {
  name = "good-scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "arn:aws:s3:::acme-data/*"
    }]
  })
}

# Everything on one resource is not everything on everything.
resource "aws_iam_policy" "good_one_bucket" {
  name = "good-one-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
    }]
  })
}

# A deny of everything, and NotAction (power user): neither grants full admin.
resource "aws_iam_policy" "good_deny_and_not_action" {
  name = "good-deny-and-not-action"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        NotAction = ["iam:*", "organizations:*"]
        Resource  = "*"
      },
      {
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" }
        }
      },
    ]
  })
}

# The whole document from a variable: cannot be verified.
resource "aws_iam_policy" "unknown_document" {
  name   = "unknown-document"
  policy = var.policy_json
}

# "*" actions on a resource from a variable: cannot be verified.
resource "aws_iam_role_policy" "unknown_resource" {
  name = "unknown-resource"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = var.resource_arn
    }]
  })
}

# "*" on "*" with an effect from a variable: cannot be verified.
data "aws_iam_policy_document" "unknown_effect" {
  statement {
    effect    = var.statement_effect
    actions   = ["*"]
    resources = ["*"]
  }
}
