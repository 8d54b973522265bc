resource "aws_elasticache_replication_group" "good" {
  replication_group_id     = "good"
  description              = "cache"
  node_type                = "cache.t4g.small"
  engine                   = "redis"
  snapshot_retention_limit = 1
}
