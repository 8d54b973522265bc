resource "aws_elasticache_replication_group" "good" {
  replication_group_id       = "good"
  description                = "cache"
  node_type                  = "cache.t4g.small"
  engine                     = "redis"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}
