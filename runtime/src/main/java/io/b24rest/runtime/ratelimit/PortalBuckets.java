package io.b24rest.runtime.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j bucket per portal and rate limit, shared by every client and thread of this JVM: the
 * portal counts requests per portal (and source IP), not per client object.
 */
public final class PortalBuckets {
  private static final Map<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

  private PortalBuckets() {}

  /**
   * The shared bucket of {@code hostKey} under {@code limit}.
   *
   * @param hostKey host (and port, if not the default) of the portal
   * @param limit an enabled rate limit
   */
  public static Bucket bucketFor(String hostKey, RateLimit limit) {
    if (!limit.enabled()) {
      throw new IllegalArgumentException("rate limit is off");
    }
    String key = hostKey + "|" + limit.burst() + "|" + limit.perSecond();
    return BUCKETS.computeIfAbsent(key, k -> newBucket(limit));
  }

  private static Bucket newBucket(RateLimit limit) {
    long capacity = withHeadroom(limit.burst());
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(limit.perSecond(), Duration.ofSeconds(1))
                .initialTokens(capacity)
                .build())
        .build();
  }

  /**
   * One request less than the portal's threshold: requests sent exactly at the portal's rate
   * arrive with some jitter, and two of them landing closer than 1/Y apart would find the
   * portal's counter full (the pacing benchmark saw one 503 a minute at capacity X, none at X-1,
   * and the same throughput).
   */
  static long withHeadroom(long burst) {
    return burst > 1 ? burst - 1 : burst;
  }
}
