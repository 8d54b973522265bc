resource "aws_instance" "bad_web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "bad_app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "bad_legacy" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "good_with_profile" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}

resource "aws_launch_template" "good_template" {
  name_prefix = "good-"
  image_id    = "ami-0123456789abcdef0"

  iam_instance_profile {
    arn = aws_iam_instance_profile.app.arn
  }
}

# Takes its profile from the launch template.
resource "aws_instance" "good_from_template" {
  launch_template {
    id = aws_launch_template.good_template.id
  }
}

# EKS managed node groups attach their own role; a template for them must not name a profile.
resource "aws_launch_template" "good_eks_nodes" {
  name_prefix = "nodes-"
}

resource "aws_eks_node_group" "nodes" {
  cluster_name    = "main"
  node_group_name = "nodes"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.good_eks_nodes.id
    version = "$Latest"
  }
}

variable "profile_name" {
  type = string
}

resource "aws_instance" "unknown_profile" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = var.profile_name
}
