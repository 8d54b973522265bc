resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "good_empty" {
  vpc_id = aws_vpc.main.id
}
