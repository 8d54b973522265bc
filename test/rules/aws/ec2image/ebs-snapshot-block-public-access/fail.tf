variable "snapshot_block_state" {
  type = string
}

resource "aws_ebs_snapshot_block_public_access" "bad_unblocked" {
  state = "unblocked"
}

resource "aws_ebs_snapshot_block_public_access" "unknown_state" {
  state = var.snapshot_block_state
}

resource "aws_ebs_snapshot_block_public_access" "good_new" {
  state = "block-new-sharing"
}
