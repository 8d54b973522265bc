resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "web" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"

  iam_instance_profile {
    name = aws_iam_instance_profile.app.name
  }
}

resource "aws_launch_configuration" "legacy" {
  image_id             = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = "app"
}
