variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB storage"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "good_cmk" {
  cluster_identifier = "orders"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}

resource "aws_docdb_cluster" "good_by_default" {
  cluster_identifier = "catalog"
  storage_encrypted  = var.encrypted
}
