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

    private final CfnServerlessCache cache;

    public RedisCache(Construct scope, String id, RedisCacheProps props) {
        super(scope, id);
        this.cache = CfnServerlessCache.Builder.create(this, "Cache")
                .serverlessCacheName(props.cacheName())
                .description("DEBT-OS cache, rate limits and locks")
                .engine(props.engine())
                .majorEngineVersion(props.majorEngineVersion())
                .subnetIds(props.subnetIds())
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

    public String cacheName() {
        return cache.getServerlessCacheName();
    }
}
