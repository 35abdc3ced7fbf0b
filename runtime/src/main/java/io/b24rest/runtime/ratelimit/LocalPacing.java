package io.b24rest.runtime.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Pacing inside this JVM: {@link PortalBuckets} and one {@link OperatingBlocks} per application. */
final class LocalPacing implements PacingBackend {
  static final LocalPacing INSTANCE = new LocalPacing();

  private final Map<String, OperatingBlocks> blocks = new ConcurrentHashMap<>();

  private LocalPacing() {}

  @Override
  public Pacer pacer(PortalKey portal, String application, RateLimit limit) {
    @Nullable Bucket bucket = limit.enabled() ? PortalBuckets.bucketFor(portal, limit) : null;
    OperatingBlocks methods =
        blocks.computeIfAbsent(portal + "|" + application, k -> new OperatingBlocks());
    return bucket == null ? OperatingBlocks.unpacedPacer(methods) : new LocalPacer(bucket, methods);
  }

  @Override
  public String toString() {
    return "PacingBackend.local()";
  }

  private record LocalPacer(Bucket bucket, OperatingBlocks methods) implements Pacer {
    @Override
    public void acquire() throws InterruptedException {
      bucket.asBlocking().consume(1);
    }

    @Override
    public void blockMethod(String method, long epochSecond) {
      methods.block(method, epochSecond);
    }

    @Override
    public OptionalLong methodBlockedUntil(String method) {
      return methods.blockedUntil(method);
    }
  }
}
