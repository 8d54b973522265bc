variable "responder_policy_arn" {
  type = string
}

resource "aws_iam_role" "responders" {
  name = "responders"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } }]
  })
}

resource "aws_iam_role_policy_attachment" "unknown_policy" {
  role       = aws_iam_role.responders.name
  policy_arn = var.responder_policy_arn
}
