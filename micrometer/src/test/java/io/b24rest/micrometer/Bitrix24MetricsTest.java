package io.b24rest.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.b24rest.api.humanresources.NodeCommunicationApi;
import io.b24rest.api.humanresources.NodeCommunicationListRequest;
import io.b24rest.core.Bitrix24ApiException;
import io.b24rest.runtime.Bitrix24Client;
import io.b24rest.runtime.ratelimit.RateLimit;
import io.b24rest.testkit.FakeBitrix24Portal;
import io.b24rest.testkit.FakeBitrix24PortalExtension;
import io.b24rest.testkit.Fault;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Bitrix24Metrics} against the testkit, on loopback. */
class Bitrix24MetricsTest {
  private static final String METHOD = "humanresources.node.communication.list";
  private static final NodeCommunicationListRequest REQUEST =
      NodeCommunicationListRequest.builder().id(15L).build();

  @RegisterExtension
  final FakeBitrix24PortalExtension extension =
      new FakeBitrix24PortalExtension(
          FakeBitrix24Portal.builder().webhook(7, "Secr3tWebhookValue"));

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private Bitrix24Client client(FakeBitrix24Portal portal) {
    return portal.clientBuilder().listener(new Bitrix24Metrics(registry)).build();
  }

  @Test
  void aSuccessfulCallIsTimedByMethodAndOutcomeAndSetsTheOperatingGauge(
      FakeBitrix24Portal portal) {
    var answer = client(portal).api(NodeCommunicationApi.class).list(REQUEST);

    var timer =
        registry
            .get(Bitrix24Metrics.CALLS)
            .tags("method", METHOD, "outcome", "success", "error", "none")
            .timer();
    assertEquals(1, timer.count());
    assertTrue(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
    assertEquals(
        answer.time().operating(),
        registry.get(Bitrix24Metrics.OPERATING).tag("method", METHOD).gauge().value(),
        1e-9);
    assertEquals(
        1, registry.get(Bitrix24Metrics.RATE_LIMIT_WAIT).tag("method", METHOD).timer().count());
  }

  @Test
  void a503EveryTimeCountsRetriesByReasonThrottledAnswersAndOneFailedCall(
      FakeBitrix24Portal portal) {
    portal.on(METHOD).respondError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");

    assertThrows(
        Bitrix24ApiException.class,
        () -> client(portal).api(NodeCommunicationApi.class).list(REQUEST));

    assertEquals(
        2.0,
        registry
            .get(Bitrix24Metrics.RETRIES)
            .tags("method", METHOD, "reason", "QUERY_LIMIT_EXCEEDED")
            .counter()
            .count(),
        "the test policy's 3 attempts: 2 retries");
    assertEquals(
        3.0,
        registry.get(Bitrix24Metrics.THROTTLED).tags("method", METHOD, "status", "503").counter()
            .count());
    assertEquals(
        1,
        registry
            .get(Bitrix24Metrics.CALLS)
            .tags("outcome", "error", "error", "QUERY_LIMIT_EXCEEDED")
            .timer()
            .count());
  }

  @Test
  void aRetriedServerErrorCountsOneRetryAndOneSuccess(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();

    client(portal).api(NodeCommunicationApi.class).list(REQUEST);

    assertEquals(
        1.0, registry.get(Bitrix24Metrics.RETRIES).tag("method", METHOD).counter().count());
    assertEquals(
        1, registry.get(Bitrix24Metrics.CALLS).tag("outcome", "success").timer().count());
    assertTrue(registry.find(Bitrix24Metrics.THROTTLED).meters().isEmpty(), "a 500 is no limit");
  }

  @Test
  void theLeakyBucketsWaitIsTimed(FakeBitrix24Portal portal) {
    Bitrix24Client client =
        portal
            .clientBuilder()
            .rateLimit(RateLimit.custom(1, 2))
            .listener(new Bitrix24Metrics(registry))
            .build();
    NodeCommunicationApi api = client.api(NodeCommunicationApi.class);
    for (int i = 0; i < 3; i++) {
      api.list(REQUEST);
    }

    var waits = registry.get(Bitrix24Metrics.RATE_LIMIT_WAIT).tag("method", METHOD).timer();
    assertEquals(3, waits.count());
    assertTrue(
        waits.max(java.util.concurrent.TimeUnit.MILLISECONDS) >= 200,
        "the third call waits for the slot the second took");
  }

  @Test
  void noMeterNameOrTagHoldsTheSecretOrTheUrl(FakeBitrix24Portal portal) {
    portal.inject(Fault.internalServerError()).once();
    Bitrix24Client client = client(portal);
    client.api(NodeCommunicationApi.class).list(REQUEST);
    portal.on(METHOD).respondError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    assertThrows(
        Bitrix24ApiException.class, () -> client.api(NodeCommunicationApi.class).list(REQUEST));

    assertFalse(registry.getMeters().isEmpty());
    for (Meter meter : registry.getMeters()) {
      String name = meter.getId().getName();
      assertFalse(name.contains(portal.webhookSecret()), name);
      for (Tag tag : meter.getId().getTags()) {
        String text = tag.getKey() + "=" + tag.getValue();
        assertFalse(text.contains(portal.webhookSecret()), text);
        assertFalse(text.contains("/rest/") || text.contains("127.0.0.1"), text);
      }
    }
  }
}
