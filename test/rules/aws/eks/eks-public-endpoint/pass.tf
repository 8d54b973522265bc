resource "aws_eks_cluster" "good_private" {
  name                      = "good-private"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids              = var.private_subnets
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "good_restricted" {
  name                      = "good-restricted"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids          = var.private_subnets
    public_access_cidrs = ["203.0.113.0/24"]
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
