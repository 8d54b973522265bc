variable "flow_log_traffic_type" {
  description = "ACCEPT, REJECT or ALL"
  type        = string
}

# No flow log: the fix adds one to S3, with a variable for the bucket ARN.
resource "aws_vpc" "bad_no_flow_log" {
  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "bad-no-flow-log"
  }
}

# Only one subnet is logged, not the VPC.
resource "aws_vpc" "bad_subnet_only" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "bad_subnet_only_private" {
  vpc_id     = aws_vpc.bad_subnet_only.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_flow_log" "bad_subnet_only_private" {
  subnet_id            = aws_subnet.bad_subnet_only_private.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# A flow log of accepted traffic only: rejected connections are not recorded.
resource "aws_vpc" "bad_accept_only" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_flow_log" "bad_accept_only" {
  vpc_id               = aws_vpc.bad_accept_only.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/vpc/flow-logs"
  retention_in_days = 365
}

resource "aws_iam_role" "flow_logs" {
  name = "vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "vpc-flow-logs.amazonaws.com" }
        Action    = "sts:AssumeRole"
      },
    ]
  })
}

resource "aws_vpc" "good_cloudwatch" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_flow_log" "good_cloudwatch" {
  vpc_id          = aws_vpc.good_cloudwatch.id
  traffic_type    = "ALL"
  iam_role_arn    = aws_iam_role.flow_logs.arn
  log_destination = aws_cloudwatch_log_group.flow_logs.arn
}

resource "aws_vpc" "good_reject" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_flow_log" "good_reject" {
  vpc_id               = aws_vpc.good_reject.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# The traffic type comes from a variable: cannot be verified.
resource "aws_vpc" "unknown_traffic_type" {
  cidr_block = "10.60.0.0/16"
}

resource "aws_flow_log" "unknown_traffic_type" {
  vpc_id               = aws_vpc.unknown_traffic_type.id
  traffic_type         = var.flow_log_traffic_type
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
