package io.b24rest.runtime.internal.ratelimit;

import io.b24rest.runtime.ratelimit.Pacer;
import io.b24rest.runtime.ratelimit.PacingBackend;
import io.b24rest.runtime.ratelimit.PortalKey;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Pacing inside this JVM: {@link PortalBuckets} and one {@link OperatingBlocks} per application. */
public final class LocalPacing implements PacingBackend {
  public static final LocalPacing INSTANCE = new LocalPacing();

  private final Map<String, OperatingBlocks> blocks = new ConcurrentHashMap<>();

  private LocalPacing() {}

  @Override
  public Pacer pacer(PortalKey portal, String application, RateLimit limit) {
    @Nullable Bucket bucket = limit.enabled() ? PortalBuckets.bucketFor(portal, limit) : null;
    OperatingBlocks methods =
        blocks.computeIfAbsent(portal + "|" + application, k -> new OperatingBlocks());
    return bucket == null
        ? Pacer.of(() -> {}, methods)
        : Pacer.of(() -> bucket.asBlocking().consume(1), methods);
  }

  @Override
  public String toString() {
    return "PacingBackend.local()";
  }
}
