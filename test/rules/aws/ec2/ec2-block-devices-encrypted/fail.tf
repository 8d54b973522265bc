resource "aws_instance" "bad_root" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
  }
}

resource "aws_instance" "bad_data_volume" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = false
  }
}

resource "aws_launch_configuration" "bad_config" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_type = "gp3"
  }
}

# The root volume is not described: it comes from the AMI as it is.
resource "aws_instance" "good_ami_root" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# A volume from a snapshot keeps the snapshot's encryption.
resource "aws_instance" "good_from_snapshot" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}
