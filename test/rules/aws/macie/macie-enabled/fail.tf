resource "aws_macie2_account" "bad_paused" {
  status = "PAUSED"
}
