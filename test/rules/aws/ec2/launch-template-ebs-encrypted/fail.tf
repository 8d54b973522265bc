variable "encrypt_volumes" {
  type = string
}

resource "aws_launch_template" "bad_missing" {
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 20
      volume_type = "gp3"
    }
  }
}

resource "aws_launch_template" "bad_second_mapping" {
  name_prefix = "db-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 20
      encrypted   = "true"
    }
  }

  block_device_mappings {
    device_name = "/dev/sdf"

    ebs {
      volume_size = 100
      encrypted   = "false"
    }
  }
}

resource "aws_launch_template" "good_encrypted" {
  name_prefix = "app-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 20
      encrypted   = true
      kms_key_id  = "alias/aws/ebs"
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

resource "aws_launch_template" "unknown_encryption" {
  name_prefix = "batch-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 20
      encrypted   = var.encrypt_volumes
    }
  }
}
