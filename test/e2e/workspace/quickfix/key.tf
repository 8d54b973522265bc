resource "aws_kms_key" "app" {
  description = "application key"
}

resource "aws_security_group" "ssh" {
  name = "ssh-from-anywhere"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
