resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t4g.small"
  engine                     = "redis"
  transit_encryption_enabled = true
}
