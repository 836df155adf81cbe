package dev.debtos.infra;

import java.util.List;

import software.amazon.awscdk.services.elasticache.CfnServerlessCache;
import software.constructs.Construct;

/**
 * The cache, rate-limit and lock store: ElastiCache Serverless with the Valkey engine (Redis-compatible; Lettuce
 * speaks to it unchanged).
 *
 * <p>Why serverless and not a replication group: nothing to size or patch, it spans both AZs, and encryption at rest
 * and in transit (TLS) are always on and cannot be switched off; DEBT-OS keeps small, spiky, disposable data here
 * (the guide's Redis is 512 MB with an LRU policy), which pay-per-use fits. Valkey rather than Redis OSS: the same
 * protocol for about a third less, and a 100 MB billing floor instead of 1 GB. A replication group becomes cheaper
 * only under steady heavy load; switch then.
 *
 * <p>Access is by network only (the Redis security group admits the Lambda group); clients must use TLS.
 */
public final class RedisCache extends Construct {

    /**
     * The guide keeps Redis data with hourly persistence for 7 days; ElastiCache Serverless snapshots at most once a
     * day, so this is daily at 04:00 UTC (after the database's backup window), kept 7 days. The data is disposable
     * (caches, rate-limit windows, locks): losing up to a day of it costs recomputation, not records.
     */
    public static final String DAILY_SNAPSHOT_TIME = "04:00";
    public static final int SNAPSHOT_RETENTION_DAYS = 7;

    private final CfnServerlessCache cache;
    private final RedisCacheProps props;

    public RedisCache(Construct scope, String id, RedisCacheProps props) {
        super(scope, id);
        this.props = props;
        this.cache = CfnServerlessCache.Builder.create(this, "Cache")
                .serverlessCacheName(props.cacheName())
                .description("DEBT-OS cache, rate limits and locks")
                .engine(props.engine())
                .majorEngineVersion(props.majorEngineVersion())
                .subnetIds(props.subnetIds())
                .dailySnapshotTime(DAILY_SNAPSHOT_TIME)
                .snapshotRetentionLimit(SNAPSHOT_RETENTION_DAYS)
                .securityGroupIds(List.of(props.securityGroup().getSecurityGroupId()))
                .cacheUsageLimits(CfnServerlessCache.CacheUsageLimitsProperty.builder()
                        .dataStorage(CfnServerlessCache.DataStorageProperty.builder()
                                .unit("GB").maximum(props.maxDataStorageGb()).build())
                        .ecpuPerSecond(CfnServerlessCache.ECPUPerSecondProperty.builder()
                                .maximum(props.maxEcpuPerSecond()).build())
                        .build())
                .build();
    }

    /** Host name of the primary endpoint (TLS). */
    public String endpointAddress() {
        return cache.getAttrEndpointAddress();
    }

    /** Port of the primary endpoint, as CloudFormation returns it (a string). */
    public String endpointPort() {
        return cache.getAttrEndpointPort();
    }

    /** The name as given (a plain string: the {@code clusterId} dimension of the cache's metrics). */
    public String cacheName() {
        return props.cacheName();
    }

    public int maxEcpuPerSecond() {
        return props.maxEcpuPerSecond();
    }

    public int maxDataStorageGb() {
        return props.maxDataStorageGb();
    }
}
