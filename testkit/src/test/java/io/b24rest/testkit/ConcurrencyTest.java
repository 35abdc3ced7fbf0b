package io.b24rest.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private final PortalClient client = new PortalClient();

  @Test
  void aSlowRequestDoesNotHoldUpTheOthers() throws Exception {
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(TestSpecs.model()).start()) {
      portal.inject(Fault.delay(Duration.ofSeconds(3))).forMethod(TestSpecs.PING).once();

      CompletableFuture<PortalClient.Reply> slow =
          CompletableFuture.supplyAsync(() -> post(portal, TestSpecs.PING, "{}"));
      portal.takeRequest(); // the slow one has arrived and is waiting
      PortalClient.Reply fast = post(portal, TestSpecs.SEED, "{\"id\":15}");

      assertEquals(200, fast.status());
      // One worker would have finished the slow request first.
      assertFalse(slow.isDone(), "the slow request is still waiting");
      assertEquals(200, slow.get().status());
    }
  }

  @Test
  void parallelRequestsAreAllServedAndRecorded() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (FakeBitrix24Portal portal = FakeBitrix24Portal.builder().spec(TestSpecs.model()).start()) {
      List<Future<PortalClient.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int id = i + 1;
        replies.add(pool.submit(() -> post(portal, TestSpecs.SEED, "{\"id\":" + id + "}")));
      }
      for (Future<PortalClient.Reply> reply : replies) {
        assertEquals(200, reply.get().status());
      }
      assertEquals(40, portal.requests(TestSpecs.SEED).size());
    } finally {
      pool.shutdownNow();
    }
  }

  private PortalClient.Reply post(FakeBitrix24Portal portal, String method, String body) {
    try {
      return client.post(portal.webhookUrl() + method, body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
