package io.b24rest.ratelimit.redis;

import io.b24rest.runtime.ratelimit.PortalBuckets;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One portal's bucket, kept in Redis while it answers and in this JVM while it does not.
 *
 * <p>Local pacing during an outage takes 1/N of the budget (N: the instances seen alive in the
 * last heartbeats) and starts with an empty bucket, because the portal's counter may be full.
 * Back on Redis, the requests sent meanwhile are taken from the shared bucket, which knew nothing
 * of them; after a restart of Redis the shared bucket is gone and is made anew, empty, for the
 * same reason.
 */
final class SharedBucket {
  private final RedisLink link;
  private final String bucketKey;
  private final RateLimit limit;

  private final Object lock = new Object();
  private long sharedEpoch = -1;
  private @Nullable String sharedRunId;
  private @Nullable ProxyManager<String> proxyOwner;
  private @Nullable BucketProxy shared;
  private long localEpoch = -1;
  private @Nullable Bucket local;
  private long usedLocally;

  SharedBucket(RedisLink link, String bucketKey, RateLimit limit) {
    this.link = link;
    this.bucketKey = bucketKey;
    this.limit = limit;
  }

  /** Blocks until the portal's bucket lets one more request go; see the class comment. */
  void acquire() throws InterruptedException {
    if (!limit.enabled()) {
      return;
    }
    RedisLink.State s = link.state();
    if (s.up()) {
      BucketProxy bucket = sharedBucket(s);
      if (bucket != null) {
        try {
          bucket.asBlocking().consume(1);
          return;
        } catch (RuntimeException e) {
          link.failed(s.epoch(), e);
        }
      }
    }
    localBucket(link.state()).asBlocking().consume(1);
  }

  /** The shared bucket, first settling what this instance did locally since it last used it. */
  private @Nullable BucketProxy sharedBucket(RedisLink.State s) {
    synchronized (lock) {
      if (s.epoch() == sharedEpoch && shared != null && proxyOwner == s.buckets()) {
        return shared;
      }
      ProxyManager<String> buckets = s.buckets();
      if (buckets == null) {
        return null;
      }
      BucketProxy bucket =
          buckets.builder()
              .build(
                  bucketKey,
                  () -> PortalBuckets.configuration(limit, !link.everFailed()));
      try {
        if (usedLocally > 0 && s.runId() != null && s.runId().equals(sharedRunId)) {
          bucket.consumeIgnoringRateLimits(usedLocally);
        }
      } catch (RuntimeException e) {
        link.failed(s.epoch(), e);
        return null;
      }
      usedLocally = 0;
      sharedEpoch = s.epoch();
      sharedRunId = s.runId();
      proxyOwner = buckets;
      shared = bucket;
      return bucket;
    }
  }

  /** This outage's local bucket: empty at first, 1/N of the budget. */
  private Bucket localBucket(RedisLink.State s) {
    synchronized (lock) {
      if (local == null || localEpoch != s.epoch()) {
        int n = Math.max(1, s.instances());
        long capacity = Math.max(1, PortalBuckets.capacity(limit) / n);
        local =
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(n))
                        .initialTokens(0)
                        .build())
                .build();
        localEpoch = s.epoch();
      }
      usedLocally++;
      return local;
    }
  }
}
