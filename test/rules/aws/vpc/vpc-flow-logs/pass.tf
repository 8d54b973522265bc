resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_flow_log" "main" {
  vpc_id                   = aws_vpc.main.id
  traffic_type             = "ALL"
  log_destination_type     = "s3"
  log_destination          = "arn:aws:s3:::acme-flow-logs"
  max_aggregation_interval = 60
}

# count: the flow log references the VPC with an index.
resource "aws_vpc" "spoke" {
  count      = 1
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "spoke" {
  count                = 1
  vpc_id               = aws_vpc.spoke[0].id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
