resource "aws_elasticache_replication_group" "bad_default" {
  replication_group_id = "bad-default"
  description          = "cache"
  node_type            = "cache.t4g.small"
  engine               = "redis"
}

resource "aws_elasticache_replication_group" "bad_off" {
  replication_group_id     = "bad-off"
  description              = "cache"
  node_type                = "cache.t4g.small"
  engine                   = "redis"
  snapshot_retention_limit = 0
}

resource "aws_elasticache_replication_group" "unknown_flag" {
  replication_group_id     = "unknown"
  description              = "cache"
  node_type                = "cache.t4g.small"
  engine                   = "redis"
  snapshot_retention_limit = var.backup_days
}

resource "aws_elasticache_replication_group" "good" {
  replication_group_id     = "good"
  description              = "cache"
  node_type                = "cache.t4g.small"
  engine                   = "redis"
  snapshot_retention_limit = 7
}
