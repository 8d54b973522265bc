resource "aws_eks_cluster" "bad_default" {
  name                      = "bad-default"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids = var.private_subnets
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "bad_open" {
  name                      = "bad-open"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids             = var.private_subnets
    endpoint_public_access = true
    public_access_cidrs    = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "unknown_public" {
  name                      = "unknown-public"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids             = var.private_subnets
    endpoint_public_access = var.public_api
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "unknown_cidrs" {
  name                      = "unknown-cidrs"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids          = var.private_subnets
    public_access_cidrs = var.api_cidrs
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
