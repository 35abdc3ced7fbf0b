package io.b24rest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.runtime.internal.ratelimit.PortalBuckets;
import io.b24rest.runtime.ratelimit.PortalKey;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.runtime.support.FakePortal;
import io.b24rest.runtime.support.TestClients;
import io.b24rest.runtime.testapi.TestErrors;
import io.b24rest.runtime.testapi.TestItemApi;
import io.b24rest.runtime.testapi.TestItemListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PacingTest {
  private static final int BURST = 5;
  private static final int PER_SECOND = 10;
  private static final int REQUESTS = 25;
  private static final int THREADS = 4;

  @Test
  void requestsFromManyThreadsAndClientsNeverExceedTheBucket() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      // Two clients of the same portal share one bucket.
      List<TestItemApi> apis = List.of(client(portal), client(portal));
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          done.add(
              pool.submit(
                  () -> {
                    int i;
                    while ((i = next.getAndIncrement()) < REQUESTS) {
                      apis.get(i % 2).list(new TestItemListRequest((long) i));
                    }
                    return null;
                  }));
        }
        for (Future<?> f : done) {
          f.get(10, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      List<Long> arrivals =
          portal.received().stream().map(r -> r.arrivalNanos() - start).sorted().toList();
      assertEquals(REQUESTS, arrivals.size());
      double toleranceSeconds = 0.05;
      for (int n = 1; n <= arrivals.size(); n++) {
        double t = arrivals.get(n - 1) / 1e9;
        double allowed = BURST + PER_SECOND * (t + toleranceSeconds);
        assertTrue(n <= allowed, n + " requests by " + t + " s; the bucket allows " + allowed);
      }
      // 25 requests at X=5, Y=10/s take about 2 s; unpaced they would take milliseconds.
      assertTrue(
          arrivals.get(REQUESTS - 1) / 1e9 >= (REQUESTS - BURST) / (double) PER_SECOND - 0.1);
    }
  }

  @Test
  void retriesArePacedToo() throws Exception {
    try (FakePortal portal = new FakePortal()) {
      String limited = "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many\"}";
      portal.enqueue(FakePortal.Reply.json(503, limited), FakePortal.Reply.json(503, limited));
      long start = System.nanoTime();
      Bitrix24Client.webhook(portal.webhookUrl())
          .rateLimit(RateLimit.custom(1, 5))
          .retryPolicy(TestClients.FAST_RETRIES)
          .build()
          .api(TestItemApi.class)
          .list(new TestItemListRequest(1L));
      var received = portal.received();
      assertEquals(3, received.size());
      for (int i = 1; i < received.size(); i++) {
        // One token every 200 ms, whatever the tiny backoff says. Measured from the start of the
        // call, a lower bound that a slow server cannot shrink (it can only delay arrivals).
        long sinceStartMillis = (received.get(i).arrivalNanos() - start) / 1_000_000;
        assertTrue(sinceStartMillis >= 200L * i - 20, "attempt " + i + " after " + sinceStartMillis + " ms");
      }
    }
  }

  @Test
  void oneBucketPerPortalWhateverTheLimit() {
    PortalKey a = PortalKey.of("https", "a.bitrix24.com", -1);
    assertSame(
        PortalBuckets.bucketFor(a, RateLimit.custom(7, 3)),
        PortalBuckets.bucketFor(a, RateLimit.custom(250, 5)));
    assertNotSame(
        PortalBuckets.bucketFor(a, RateLimit.custom(7, 3)),
        PortalBuckets.bucketFor(PortalKey.of("https", "b.bitrix24.com", -1), RateLimit.custom(7, 3)));
  }

  @Test
  void portalKeysAreNormalised() {
    assertEquals(PortalKey.of("https", "a.bitrix24.com", 443), PortalKey.of("https", "A.Bitrix24.COM.", -1));
    assertEquals("a.bitrix24.com:8443", PortalKey.of("https", "a.bitrix24.com", 8443).value());
    PortalKey loopback = PortalKey.of("http", "127.0.0.1", 8080);
    assertEquals("loopback:8080", loopback.value());
    assertEquals(loopback, PortalKey.of("http", "localhost", 8080));
    assertEquals(loopback, PortalKey.of("http", "[::1]", 8080));
    assertEquals(loopback, PortalKey.of("http", "127.0.0.2", 8080));
    assertEquals("loopback:80", PortalKey.of("http", "LOCALHOST", -1).value());
    assertNotEquals(loopback, PortalKey.of("http", "localhost", 8081));
  }

  @Test
  void bucketsKeepYRequestsOfHeadroomBelowThePortalsThreshold() {
    assertEquals(48, PortalBuckets.capacity(RateLimit.standard()));
    assertEquals(245, PortalBuckets.capacity(RateLimit.enterprise()));
    assertEquals(4, PortalBuckets.capacity(RateLimit.custom(5, 1)));
    assertEquals(1, PortalBuckets.capacity(RateLimit.custom(1, 1)));
    assertEquals(1, PortalBuckets.capacity(RateLimit.custom(5, 10)));
    PortalKey fresh = PortalKey.of("https", "headroom.bitrix24.com", -1);
    assertEquals(5, PortalBuckets.bucketFor(fresh, RateLimit.custom(10, 5)).getAvailableTokens());
  }

  @Test
  void presetsMatchTheDocumentedPlans() {
    assertEquals(new RateLimit(50, 2), RateLimit.standard());
    assertEquals(new RateLimit(250, 5), RateLimit.enterprise());
    assertEquals(false, RateLimit.off().enabled());
  }

  private static TestItemApi client(FakePortal portal) {
    return Bitrix24Client.webhook(portal.webhookUrl())
        .rateLimit(RateLimit.custom(BURST, PER_SECOND))
        .errorFactory(TestErrors.INSTANCE)
        .build()
        .api(TestItemApi.class);
  }
}
